using Sextant.Core.Orders;

namespace Sextant.Execution.Orders;

/// <content>Applying venue events: the only place order status changes after submission.</content>
public sealed partial class OrderManager
{
    /// <summary>Applies a venue event. Unknown orders are logged; an illegal move throws in strict mode and flags the order for reconciliation otherwise.</summary>
    public void OnOrderEvent(OrderEvent orderEvent)
    {
        ArgumentNullException.ThrowIfNull(orderEvent);
        if (!_orders.TryGetValue(orderEvent.OrderId, out var tracked))
        {
            Log.UnknownOrder(_logger, orderEvent.GetType().Name, orderEvent.OrderId.Value, _broker.Id.Value);
            return;
        }

        // A repeated acknowledgement (REST answer and stream both report it) is not news.
        if (orderEvent is OrderAccepted && tracked.Order.Status != OrderStatus.Submitted && tracked.Order.VenueOrderId is not null)
        {
            return;
        }

        Apply(tracked, orderEvent);
        if (tracked.Order.Status == OrderStatus.Canceled && tracked.ReplaceOnCancel)
        {
            tracked.ReplaceOnCancel = false;
            _pendingReplacements.Add(tracked);
        }
    }

    private void Apply(TrackedOrder tracked, OrderEvent orderEvent)
    {
        _deadlineKnown = false; // a status or the open list changes: TimeoutsDue works the earliest deadline out again
        var order = tracked.Order;
        if (orderEvent is OrderFilled foreign && foreign.Fill.Strategy != order.Strategy)
        {
            orderEvent = new OrderFilled(OwnedBy(order, foreign.Fill));
        }

        bool applied;
        try
        {
            applied = order.Apply(orderEvent);
        }
        catch (InvalidOrderTransitionException ex) when (!Strict)
        {
            tracked.NeedsReconciliation = true;
            Log.IllegalTransition(_logger, order.Id.Value, ex.Message, order.Strategy.Value, _broker.Id.Value);
            return;
        }

        if (!applied)
        {
            return; // duplicate fill report
        }

        if (orderEvent is OrderFilled filled)
        {
            Log.Filled(_logger, order.Id.Value, filled.Fill.Quantity.Value, order.Symbol.Value, filled.Fill.Price.Value, order.Strategy.Value, _broker.Id.Value);
            foreach (var listener in _listeners)
            {
                listener.OnFill(order, filled.Fill);
            }
        }

        // A cancelled order leaves the open list but stays known, so a fill that raced the cancel still applies.
        if (order.Status.IsTerminal())
        {
            _open.Remove(tracked);
        }

        foreach (var listener in _listeners)
        {
            listener.OnOrderUpdated(order);
        }
    }
}
