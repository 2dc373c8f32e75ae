using Sextant.Core.Orders;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Orders;

public sealed class OrderEventTests
{
    [Fact]
    public void Kind_EachEventType_MatchesItsColumn()
    {
        var id = new ClientOrderId("e-1");
        var time = Some.Time();

        Assert.Equal(OrderEventKind.Submitted, new OrderSubmitted(id, time).Kind);
        Assert.Equal(OrderEventKind.Denied, new OrderDenied(id, time, "kill switch engaged", RejectReason.KillSwitch).Kind);
        Assert.Equal(OrderEventKind.Accepted, new OrderAccepted(id, time, new VenueOrderId("1")).Kind);
        Assert.Equal(OrderEventKind.Rejected, new OrderRejected(id, time, "Filter failure: MIN_NOTIONAL", RejectReason.MinNotional).Kind);
        Assert.Equal(OrderEventKind.CancelSent, new OrderCancelSent(id, time).Kind);
        Assert.Equal(OrderEventKind.CancelRejected, new OrderCancelRejected(id, time, "Unknown order sent.").Kind);
        Assert.Equal(OrderEventKind.Canceled, new OrderCanceled(id, time).Kind);
        Assert.Equal(OrderEventKind.Expired, new OrderExpired(id, time).Kind);
    }

    [Fact]
    public void OrderFilled_TakesOrderIdAndTimeFromFill_AndHasNoFixedKind()
    {
        var order = new OrderBuilder().WithId("e-2").Build();
        var fill = Events.Fill(order, 1m, 100m, "t1");

        var sut = new OrderFilled(fill);

        Assert.Equal(order.Id, sut.OrderId);
        Assert.Equal(fill.Time, sut.Time);
        Assert.Null(sut.Kind);
    }

    [Fact]
    public void Constructor_UnsetOrderId_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OrderSubmitted(default, Some.Time()));

        Assert.StartsWith("OrderSubmitted at 2017-07-03T00:00:00.000000000Z: order id must be set", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrderAccepted_UnsetVenueOrderId_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OrderAccepted(new ClientOrderId("e-3"), Some.Time(), default));

        Assert.StartsWith("OrderAccepted for order e-3: venue order id must be set", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameValues_Equal()
    {
        var id = new ClientOrderId("e-4");

        Assert.Equal(new OrderCanceled(id, Some.Time()), new OrderCanceled(id, Some.Time()));
    }
}
