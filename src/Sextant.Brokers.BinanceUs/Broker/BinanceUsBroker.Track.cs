using System.Globalization;
using Sextant.Core.Orders;

namespace Sextant.Brokers.BinanceUs.Broker;

/// <content>Orders sent before a restart, remembered again so their reports and fill history come back under their strategy.</content>
public sealed partial class BinanceUsBroker
{
    /// <inheritdoc />
    public void Track(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var known = _known.AddOrUpdate(order.Id,
            _ => new KnownOrder(order.Id, order.Symbol, order.Side, order.Strategy, order.Quantity.Value),
            (_, seen) => seen.Strategy == order.Strategy ? seen : new KnownOrder(order.Id, order.Symbol, order.Side, order.Strategy, order.Quantity.Value) { VenueId = seen.VenueId, Done = seen.Done });
        if (order.VenueOrderId is { } venue && long.TryParse(venue.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var venueId))
        {
            Remember(known, venueId);
        }

        known.Done |= order.Status.IsTerminal();
    }
}
