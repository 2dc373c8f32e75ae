using Sextant.Core.Amounts;
using Sextant.Core.Orders;

namespace Sextant.Core.Tests.Support;

/// <summary>Order events for an order built by <see cref="OrderBuilder"/>, one second after its creation.</summary>
internal static class Events
{
    public static readonly VenueOrderId VenueId = new("28457");

    public static OrderEvent Of(Order order, OrderEventKind kind)
    {
        var time = order.LastEventTime + TimeSpan.FromSeconds(1);
        return kind switch
        {
            OrderEventKind.Submitted => new OrderSubmitted(order.Id, time),
            OrderEventKind.Denied => new OrderDenied(order.Id, time, "notional 60000 exceeds max_order_notional 50000", RejectReason.RiskLimit),
            OrderEventKind.Accepted => new OrderAccepted(order.Id, time, VenueId),
            OrderEventKind.Rejected => new OrderRejected(order.Id, time, "Filter failure: LOT_SIZE", RejectReason.LotSize),
            OrderEventKind.PartialFill => Filled(order, Remaining(order) / 2, 100m, "p" + order.Fills.Count),
            OrderEventKind.Fill => Filled(order, Remaining(order), 100m, "f" + order.Fills.Count),
            OrderEventKind.CancelSent => new OrderCancelSent(order.Id, time),
            OrderEventKind.CancelRejected => new OrderCancelRejected(order.Id, time, "Unknown order sent."),
            OrderEventKind.Canceled => new OrderCanceled(order.Id, time),
            OrderEventKind.Expired => new OrderExpired(order.Id, time),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown event kind"),
        };
    }

    public static OrderFilled Filled(Order order, decimal quantity, decimal price, string tradeId) =>
        new(Fill(order, quantity, price, tradeId));

    public static Fill Fill(Order order, decimal quantity, decimal price, string tradeId, VenueOrderId? venueOrderId = null) => new(
        order.Id, venueOrderId, tradeId, order.Symbol, order.Side, new Quantity(quantity), new Price(price),
        Some.Fee(), Liquidity.Taker, order.LastEventTime + TimeSpan.FromSeconds(1), order.Strategy, order.Broker);

    private static decimal Remaining(Order order) => (order.Quantity - order.FilledQuantity).Value;
}
