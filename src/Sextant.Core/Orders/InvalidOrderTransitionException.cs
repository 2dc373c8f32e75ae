namespace Sextant.Core.Orders;

/// <summary>Thrown by <see cref="Order.Apply"/> when <see cref="OrderTransitions.Next"/> has no move for the event in the order's status.</summary>
/// <param name="from">The order's status when the event arrived (unchanged).</param>
/// <param name="on">The kind of the refused event.</param>
/// <param name="orderId">The order the event was applied to.</param>
public sealed class InvalidOrderTransitionException(OrderStatus from, OrderEventKind on, ClientOrderId orderId)
    : InvalidOperationException($"Order {orderId}: event {on} is not allowed in status {from}")
{
    /// <summary>The order's status when the event arrived; it is left unchanged.</summary>
    public OrderStatus From { get; } = from;

    /// <summary>The kind of the refused event.</summary>
    public OrderEventKind On { get; } = on;

    /// <summary>The order the event was applied to.</summary>
    public ClientOrderId OrderId { get; } = orderId;
}
