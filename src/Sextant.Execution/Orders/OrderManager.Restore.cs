using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Execution.Orders;

/// <content>Rebuilding orders after a restart: the journal's orders are re-created here and its events replayed through the same table.</content>
public sealed partial class OrderManager
{
    /// <summary>The execution settings this manager works with (order type, limit offset, timeouts).</summary>
    public Config.Schema.ExecutionConfig Config => _config;

    /// <summary>
    /// Re-creates an order that was sent before a restart (known from the journal), in status Submitted as of
    /// <paramref name="createdAt"/>, without sending anything; its later events (acknowledgement, fills, cancel) are then
    /// replayed through <see cref="OnOrderEvent"/>, so listeners rebuild the portfolio exactly as the first run booked it.
    /// The venue is told about the order (<see cref="Brokers.IBroker.Track"/>) so its reports are attributed to it.
    /// Returns the existing order when the id is already known.
    /// </summary>
    public Order Restore(OrderTicket ticket, int attempt, UnixNanos createdAt)
    {
        ArgumentNullException.ThrowIfNull(ticket.Signal, nameof(ticket));
        var id = ClientOrderIds.Create(ticket.Signal.Strategy, ticket.SignalSequence, ticket.Leg, attempt);
        if (_orders.TryGetValue(id, out var existing))
        {
            return existing.Order;
        }

        var order = Order.Create(id, ticket.Signal.Strategy, _broker.Id, ticket.Symbol, ticket.Signal.AssetClass, ticket.Side,
            ticket.OrderType, ticket.Quantity, ticket.LimitPrice, ticket.TimeInForce, createdAt, ticket.Signal);
        var tracked = new TrackedOrder(order, ticket, attempt);
        _orders.Add(id, tracked);
        _open.Add(tracked);
        _all.Add(order);
        Apply(tracked, new OrderSubmitted(id, createdAt));
        _broker.Track(order);
        return order;
    }

    /// <summary>Marks an order whose venue state could not be brought in line (reconciliation found a difference a person must look at).</summary>
    public void FlagForReconciliation(ClientOrderId id)
    {
        if (_orders.TryGetValue(id, out var tracked))
        {
            tracked.NeedsReconciliation = true;
        }
    }

    /// <summary>
    /// A venue reports fills under the strategy it knows; an order sent before a restart may be known there only as
    /// "external". The order is ours, so the fill is booked under the order's strategy.
    /// </summary>
    private static Fill OwnedBy(Order order, Fill fill) => fill.Strategy == order.Strategy ? fill
        : new Fill(fill.OrderId, fill.VenueOrderId, fill.TradeId, fill.Symbol, fill.Side, fill.Quantity, fill.Price, fill.Fee,
            fill.Liquidity, fill.Time, order.Strategy, fill.Broker);
}
