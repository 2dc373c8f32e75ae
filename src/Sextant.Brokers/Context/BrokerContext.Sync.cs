using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Brokers.Context;

public sealed partial class BrokerContext
{
    private UnixNanos _lastSync;

    /// <summary>
    /// Pulls the venue's fills since the last sync through the order manager (duplicates are ignored there, so fills
    /// seen on the stream are not booked twice), then compares positions and quote cash with the portfolio. Differences
    /// are logged and returned, never silently overwritten.
    /// </summary>
    public async ValueTask<SyncReport> SyncAsync(CancellationToken cancellationToken)
    {
        var fills = await Broker.GetFillsAsync(_lastSync, cancellationToken).ConfigureAwait(false);
        var booked = 0;
        foreach (var fill in fills)
        {
            var known = Orders.Find(fill.OrderId) is { } order && order.Fills.Any(f => f.TradeId == fill.TradeId);
            Orders.OnOrderEvent(new OrderFilled(fill));
            booked += known ? 0 : 1;
            if (fill.Time.Value > _lastSync.Value)
            {
                _lastSync = fill.Time;
            }
        }

        if (booked > 0)
        {
            Log.MissedFills(_logger, Id.Value, booked);
        }

        var account = await Broker.GetAccountAsync(cancellationToken).ConfigureAwait(false);
        var differences = new List<PositionDifference>();
        var symbols = account.Positions.Select(p => p.Symbol).Union(Portfolio.Instruments.Select(i => i.Symbol));
        foreach (var symbol in symbols)
        {
            var ours = Portfolio.NetQuantity(symbol);
            var venue = account.Positions.FirstOrDefault(p => p.Symbol == symbol)?.Quantity ?? 0m;
            if (ours != venue)
            {
                differences.Add(new PositionDifference(symbol, ours, venue));
                Log.PositionMismatch(_logger, Id.Value, symbol.Value, ours, venue);
            }
        }

        decimal? cashDifference = null;
        if (account.Balances.FirstOrDefault(b => b.Asset == Portfolio.QuoteAsset) is { } cash)
        {
            cashDifference = cash.Total - Portfolio.Cash;
            if (cashDifference != 0m)
            {
                Log.CashMismatch(_logger, Id.Value, Portfolio.QuoteAsset.Value, Portfolio.Cash, cash.Total);
            }
        }

        return new SyncReport(booked, differences, cashDifference);
    }
}
