using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>The venue refused a cancel request; the order keeps working.</summary>
/// <param name="OrderId">The order the event belongs to.</param>
/// <param name="Time">When it happened (UTC).</param>
/// <param name="Reason">The venue's message, e.g. <c>Unknown order sent.</c></param>
public sealed record OrderCancelRejected(ClientOrderId OrderId, UnixNanos Time, string Reason) : OrderEvent(OrderId, Time)
{
    /// <summary>Always <see cref="OrderEventKind.CancelRejected"/>.</summary>
    public override OrderEventKind? Kind => OrderEventKind.CancelRejected;
}
