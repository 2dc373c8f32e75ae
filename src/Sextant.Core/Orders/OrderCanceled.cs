using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>The venue confirmed the order is canceled, on request or on its own (IOC/FOK remainder).</summary>
/// <param name="OrderId">The order the event belongs to.</param>
/// <param name="Time">When it happened (UTC).</param>
public sealed record OrderCanceled(ClientOrderId OrderId, UnixNanos Time) : OrderEvent(OrderId, Time)
{
    /// <summary>Always <see cref="OrderEventKind.Canceled"/>.</summary>
    public override OrderEventKind? Kind => OrderEventKind.Canceled;
}
