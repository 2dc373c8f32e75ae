using Sextant.Core.Orders;

namespace Sextant.Brokers.Alpaca.Broker;

/// <content>Orders sent before a restart, remembered again so their reports and fill history come back under their strategy.</content>
public sealed partial class AlpacaBroker
{
    /// <inheritdoc />
    public void Track(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var known = _known.AddOrUpdate(order.Id,
            _ => new KnownOrder(order.Id, order.Symbol, order.Side, order.Strategy, order.Quantity.Value),
            (_, seen) => seen.Strategy == order.Strategy ? seen : new KnownOrder(order.Id, order.Symbol, order.Side, order.Strategy, order.Quantity.Value) { VenueId = seen.VenueId, Done = seen.Done });
        if (order.VenueOrderId is { } venue)
        {
            Remember(known, venue.Value);
        }

        known.Done |= order.Status.IsTerminal();
    }
}
