using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>The venue acknowledged the order and assigned its own id.</summary>
/// <param name="OrderId">The order the event belongs to.</param>
/// <param name="Time">When it happened (UTC).</param>
/// <param name="VenueOrderId">The venue's id for the order; must be set.</param>
public sealed record OrderAccepted(ClientOrderId OrderId, UnixNanos Time, VenueOrderId VenueOrderId) : OrderEvent(OrderId, Time)
{
    /// <summary>The venue's id for the order.</summary>
    public VenueOrderId VenueOrderId { get; } = VenueOrderId.IsSet
        ? VenueOrderId
        : throw new ArgumentException($"OrderAccepted for order {OrderId}: venue order id must be set", nameof(VenueOrderId));

    /// <summary>Always <see cref="OrderEventKind.Accepted"/>.</summary>
    public override OrderEventKind? Kind => OrderEventKind.Accepted;
}
