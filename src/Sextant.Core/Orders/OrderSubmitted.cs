using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>The order was sent to the venue (engine clock time).</summary>
/// <param name="OrderId">The order the event belongs to.</param>
/// <param name="Time">When it happened (UTC).</param>
public sealed record OrderSubmitted(ClientOrderId OrderId, UnixNanos Time) : OrderEvent(OrderId, Time)
{
    /// <summary>Always <see cref="OrderEventKind.Submitted"/>.</summary>
    public override OrderEventKind? Kind => OrderEventKind.Submitted;
}
