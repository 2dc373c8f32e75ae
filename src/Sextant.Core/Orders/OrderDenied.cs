using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>A pre-trade check refused the order before it was sent; an expected outcome, not an error.</summary>
/// <param name="OrderId">The order the event belongs to.</param>
/// <param name="Time">When it happened (UTC).</param>
/// <param name="Reason">What was refused and why, e.g. <c>notional 60000 exceeds max_order_notional 50000</c>.</param>
/// <param name="Code">The reason as a value to branch on.</param>
public sealed record OrderDenied(ClientOrderId OrderId, UnixNanos Time, string Reason, RejectReason Code) : OrderEvent(OrderId, Time)
{
    /// <summary>Always <see cref="OrderEventKind.Denied"/>.</summary>
    public override OrderEventKind? Kind => OrderEventKind.Denied;
}
