using System.Globalization;
using Sextant.Core.Orders;

namespace Sextant.Brokers.Simulated.Venue;

/// <content>After a restart of a paper run: the account is rebuilt from the journal's fills; working orders are not (the venue lived in the process that died).</content>
public sealed partial class SimulatedVenue
{
    /// <summary>
    /// Re-books <paramref name="fills"/> (booked before a restart, oldest first) into the venue's own account: cash,
    /// positions and fill history, and the trade id sequence continues after the highest one seen, so new fills never
    /// reuse a trade id. No event is sent. Orders that were working when the process died are gone, as on a restart of
    /// any in-process venue; the engine marks them cancelled by the restart.
    /// </summary>
    public void Restore(IEnumerable<Fill> fills)
    {
        ArgumentNullException.ThrowIfNull(fills);
        foreach (var fill in fills)
        {
            var signed = fill.Side == OrderSide.Buy ? fill.Quantity.Value : -fill.Quantity.Value;
            Cash -= (signed * fill.Price.Value) + (fill.Fee.Asset == _options.QuoteAsset ? fill.Fee.Amount : 0m);
            _positions[fill.Symbol] = _positions.GetValueOrDefault(fill.Symbol) + signed;
            _fills.Add(fill);
            if (long.TryParse(fill.TradeId, NumberStyles.None, CultureInfo.InvariantCulture, out var trade) && trade > _tradeSequence)
            {
                _tradeSequence = trade;
            }
        }
    }
}
