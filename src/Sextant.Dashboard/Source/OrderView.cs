using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Dashboard.Source;

/// <summary>An immutable copy of an <see cref="Order"/> for the dashboard; quantities in base units, prices in quote units.</summary>
public sealed record OrderView(
    ClientOrderId Id,
    BrokerId Broker,
    StrategyId Strategy,
    Symbol Symbol,
    OrderSide Side,
    OrderType Type,
    decimal Quantity,
    decimal FilledQuantity,
    decimal? LimitPrice,
    OrderStatus Status,
    UnixNanos CreatedAt)
{
    /// <summary>Copies the order's current fields (call it on the thread that owns the order).</summary>
    public static OrderView From(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderView(order.Id, order.Broker, order.Strategy, order.Symbol, order.Side, order.OrderType, order.Quantity.Value,
            order.FilledQuantity.Value, order.LimitPrice?.Value, order.Status, order.CreatedAt);
    }
}
