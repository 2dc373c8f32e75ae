using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>The venue refused the order; an expected outcome, not an error.</summary>
/// <param name="OrderId">The order the event belongs to.</param>
/// <param name="Time">When it happened (UTC).</param>
/// <param name="Reason">The venue's message, e.g. <c>Filter failure: LOT_SIZE</c>.</param>
/// <param name="Code">The reason as a value to branch on.</param>
public sealed record OrderRejected(ClientOrderId OrderId, UnixNanos Time, string Reason, RejectReason Code) : OrderEvent(OrderId, Time)
{
    /// <summary>Always <see cref="OrderEventKind.Rejected"/>.</summary>
    public override OrderEventKind? Kind => OrderEventKind.Rejected;
}
