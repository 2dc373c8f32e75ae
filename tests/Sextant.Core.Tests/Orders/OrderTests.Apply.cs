using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Orders;

public sealed partial class OrderTests
{
    [Fact]
    public void Apply_IllegalMove_ThrowsAndLeavesStatusUnchanged()
    {
        var sut = new OrderBuilder().WithId("abc-5").Build();

        var ex = Assert.Throws<InvalidOrderTransitionException>(() => sut.Apply(Events.Of(sut, OrderEventKind.Accepted)));

        Assert.Equal("Order abc-5: event Accepted is not allowed in status Created", ex.Message);
        Assert.Equal((OrderStatus.Created, OrderEventKind.Accepted), (ex.From, ex.On));
        Assert.Equal(OrderStatus.Created, sut.Status);
        Assert.Empty(sut.Events);
        Assert.Null(sut.VenueOrderId);
    }

    [Fact]
    public void Apply_EveryIllegalMove_ThrowsAndChangesNothing()
    {
        var tried = 0;
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var kind in Enum.GetValues<OrderEventKind>())
            {
                var sut = new OrderBuilder().BuildIn(status);
                var remaining = sut.Quantity - sut.FilledQuantity;
                if (OrderTransitions.Next(status, kind, sut.Fills.Count > 0) is not null
                    || (kind is OrderEventKind.Fill or OrderEventKind.PartialFill && remaining.IsZero))
                {
                    continue; // legal, or a fill of a filled order (an overfill, tested on its own)
                }

                var eventsBefore = sut.Events.Count;
                var ex = Assert.Throws<InvalidOrderTransitionException>(() => sut.Apply(Events.Of(sut, kind)));

                Assert.Equal((status, kind), (ex.From, ex.On));
                Assert.Equal(status, sut.Status);
                Assert.Equal(eventsBefore, sut.Events.Count);
                tried++;
            }
        }

        Assert.True(tried > 60, $"only {tried} illegal moves were tried");
    }

    [Fact]
    public void Apply_Accepted_RecordsVenueOrderIdAndEvent()
    {
        var sut = new OrderBuilder().BuildIn(OrderStatus.Submitted);
        var accepted = new OrderAccepted(sut.Id, Some.Time() + TimeSpan.FromSeconds(5), new VenueOrderId("Ab-99"));

        Assert.True(sut.Apply(accepted));

        Assert.Equal(OrderStatus.Accepted, sut.Status);
        Assert.Equal(new VenueOrderId("Ab-99"), sut.VenueOrderId);
        Assert.Same(accepted, sut.Events[^1]);
        Assert.Equal(accepted.Time, sut.LastEventTime);
    }

    [Fact]
    public void Apply_EventOfAnotherOrder_ThrowsArgumentException()
    {
        var sut = new OrderBuilder().WithId("mine").Build();
        var other = new OrderBuilder().WithId("theirs").Build();

        var ex = Assert.Throws<ArgumentException>(() => sut.Apply(Events.Of(other, OrderEventKind.Submitted)));

        Assert.Contains("Order mine: cannot apply OrderSubmitted of order theirs", ex.Message, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Created, sut.Status);
    }

    [Fact]
    public void Apply_MarketFillInOrderResponse_MovesSubmittedToFilled()
    {
        var sut = new OrderBuilder().BuildIn(OrderStatus.Submitted);

        sut.Apply(new OrderFilled(Events.Fill(sut, 1m, 100m, "t1", new VenueOrderId("28457"))));

        Assert.Equal(OrderStatus.Filled, sut.Status);
        Assert.Equal(new VenueOrderId("28457"), sut.VenueOrderId);
    }

    [Fact]
    public void Apply_FillAfterCancel_MovesToFilled()
    {
        var sut = new OrderBuilder().BuildIn(OrderStatus.Canceled);

        sut.Apply(Events.Filled(sut, 1m, 100m, "raced"));

        Assert.Equal(OrderStatus.Filled, sut.Status);
        Assert.Equal(new Quantity(1m), sut.FilledQuantity);
    }

    [Fact]
    public void Apply_PartialFillAfterCancel_StaysCanceledAndCountsQuantity()
    {
        var sut = new OrderBuilder().BuildIn(OrderStatus.Canceled);

        sut.Apply(Events.Filled(sut, 0.25m, 100m, "raced"));

        Assert.Equal(OrderStatus.Canceled, sut.Status);
        Assert.Equal(new Quantity(0.25m), sut.FilledQuantity);
        Assert.True(sut.LeavesQuantity.IsZero);
    }

    [Fact]
    public void Apply_CancelRejectedWithFills_ReturnsToPartiallyFilled()
    {
        var sut = new OrderBuilder().BuildIn(OrderStatus.PartiallyFilled);
        sut.Apply(Events.Of(sut, OrderEventKind.CancelSent));

        sut.Apply(Events.Of(sut, OrderEventKind.CancelRejected));

        Assert.Equal(OrderStatus.PartiallyFilled, sut.Status);
    }

    [Fact]
    public void Apply_CancelRejectedWithoutFills_ReturnsToAccepted()
    {
        var sut = new OrderBuilder().BuildIn(OrderStatus.PendingCancel);

        sut.Apply(Events.Of(sut, OrderEventKind.CancelRejected));

        Assert.Equal(OrderStatus.Accepted, sut.Status);
    }

    [Fact]
    public void Apply_PartialFillWhileCancelPending_StaysPendingCancel()
    {
        var sut = new OrderBuilder().BuildIn(OrderStatus.PendingCancel);

        sut.Apply(Events.Filled(sut, 0.5m, 100m, "t1"));

        Assert.Equal(OrderStatus.PendingCancel, sut.Status);
        Assert.Equal(new Quantity(0.5m), sut.LeavesQuantity);
    }
}
