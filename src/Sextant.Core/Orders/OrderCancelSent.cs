using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>A cancel request for the order was sent to the venue (engine clock time).</summary>
/// <param name="OrderId">The order the event belongs to.</param>
/// <param name="Time">When it happened (UTC).</param>
public sealed record OrderCancelSent(ClientOrderId OrderId, UnixNanos Time) : OrderEvent(OrderId, Time)
{
    /// <summary>Always <see cref="OrderEventKind.CancelSent"/>.</summary>
    public override OrderEventKind? Kind => OrderEventKind.CancelSent;
}
