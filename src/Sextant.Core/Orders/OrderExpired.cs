using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>The venue expired the order by its time in force.</summary>
/// <param name="OrderId">The order the event belongs to.</param>
/// <param name="Time">When it happened (UTC).</param>
public sealed record OrderExpired(ClientOrderId OrderId, UnixNanos Time) : OrderEvent(OrderId, Time)
{
    /// <summary>Always <see cref="OrderEventKind.Expired"/>.</summary>
    public override OrderEventKind? Kind => OrderEventKind.Expired;
}
