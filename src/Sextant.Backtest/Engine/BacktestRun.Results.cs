using Sextant.Backtest.Results;
using Sextant.Backtest.Statistics;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Backtest.Engine;

internal sealed partial class BacktestRun
{
    /// <summary>The signal metadata behind an order's fills, for fills.csv; null for an unknown order.</summary>
    public IReadOnlyDictionary<string, object>? MetadataOf(ClientOrderId id)
    {
        foreach (var broker in _brokers)
        {
            if (broker.Context.Orders.SignalOf(id) is { } signal)
            {
                return signal.Metadata;
            }
        }

        return null;
    }

    /// <summary>Marks every position at its last close (exact decimal) and assembles statistics, trades and charts.</summary>
    public BacktestResult Result(TimeSpan loadTime, TimeSpan runTime)
    {
        foreach (var slot in _series.Where(s => !double.IsNaN(s.LastClose)))
        {
            slot.Broker.Context.Portfolio.Mark(slot.Series.Key.Symbol, (decimal)slot.LastClose);
        }

        var capital = _plan.Config.Backtesting.Capital;
        var fills = ResultOrder.Fills(_brokers.Select(b => b.Venue.Fills));
        var orders = ResultOrder.Orders(_brokers.Select(b => b.Context.Orders.AllOrders));
        var trips = RoundTripBuilder.Build(fills, BookOf);
        decimal fees = 0, traded = 0;
        foreach (var fill in fills)
        {
            fees += fill.Fee.Amount;
            traded += fill.Notional; // quantity × price
        }

        var exposure = ExposureTime(fills);
        var turnover = (double)(traded / capital);
        var trades = TradeStatisticsBuilder.Build(trips, orders.Count, fills.Count, fees, exposure, turnover);
        var groups = new List<GroupStatistics>();
        foreach (var strategy in _strategies)
        {
            var id = strategy.Strategy.Id;
            var own = trips.Where(t => t.Strategy == id).ToList();
            var ownFills = fills.Where(f => f.Strategy == id).ToList();
            groups.Add(new GroupStatistics("strategy", id.Value, id.Value, TradeStatisticsBuilder.Build(own,
                orders.Count(o => o.Strategy == id), ownFills.Count, ownFills.Sum(f => f.Fee.Amount), double.NaN, double.NaN)));
            foreach (var book in own.Select(t => t.Book).Distinct(StringComparer.Ordinal).Where(b => b.Contains('/', StringComparison.Ordinal)))
            {
                var bookTrips = own.Where(t => t.Book == book).ToList();
                groups.Add(new GroupStatistics("pair", id.Value, book, TradeStatisticsBuilder.Build(bookTrips, 0,
                    bookTrips.Sum(t => t.Fills), bookTrips.Sum(t => t.Fees), double.NaN, double.NaN)));
            }
        }

        var statistics = EquityStatistics.Compute(_equity, _times, (double)capital, BarsPerYearOf());
        return new BacktestResult
        {
            Name = _plan.Name,
            Capital = capital,
            FinalEquity = _brokers.Sum(b => b.Context.Portfolio.Equity),
            Times = _times,
            Equity = _equity,
            Fills = fills,
            Orders = orders,
            Signals = _signals,
            OpenPositions = OpenPositions(),
            RoundTrips = trips,
            Statistics = statistics,
            Trades = trades,
            Groups = groups,
            Diagnostics = Diagnostics(),
            Bars = Bars,
            LoadTime = loadTime,
            RunTime = runTime,
            Notes = [.. _notes, .. RefusalSummary()],
        };
    }

    private string BookOf(Fill fill) => MetadataOf(fill.OrderId) is { } metadata && metadata.TryGetValue("pair", out var pair) && pair is string name
        ? name
        : fill.Symbol.Value;

    private double BarsPerYearOf()
    {
        if (_plan.Config.Backtesting.BarsPerYear is { } configured)
        {
            return configured;
        }

        var finest = _plan.Strategies.MinBy(s => BarInterval.Parse(s.Config.Interval).Duration)!;
        return BarsPerYear.For(BarInterval.Parse(finest.Config.Interval), finest.Config.AssetClass ?? AssetClass.Crypto);
    }

    /// <summary>The fraction of rows at which any position was open (positions change only at fills).</summary>
    private double ExposureTime(List<Fill> fills)
    {
        if (_times.Length == 0)
        {
            return 0;
        }

        var net = new Dictionary<(StrategyId, Symbol), decimal>();
        var open = 0;
        var f = 0;
        var rowsOpen = 0;
        foreach (var time in _times)
        {
            for (; f < fills.Count && fills[f].Time.Value <= time.Value; f++)
            {
                var key = (fills[f].Strategy, fills[f].Symbol);
                var before = net.GetValueOrDefault(key);
                var after = before + (fills[f].Side == OrderSide.Buy ? fills[f].Quantity.Value : -fills[f].Quantity.Value);
                net[key] = after;
                open += (before == 0 ? 0 : -1) + (after == 0 ? 0 : 1);
            }

            rowsOpen += open > 0 ? 1 : 0;
        }

        return (double)rowsOpen / _times.Length;
    }

    private List<OpenPosition> OpenPositions() => [.. _brokers
        .SelectMany(b => b.Context.Portfolio.Positions.Where(p => !p.IsFlat).Select(p => (Broker: b, Position: p)))
        .GroupBy(x => x.Position.Symbol)
        .Select(g =>
        {
            var quantity = g.Sum(x => x.Position.Quantity);
            var cost = g.Sum(x => x.Position.CostBasis);
            var mark = g.First().Broker.Context.Portfolio.MarkPrice(g.Key) ?? 0m;
            return new OpenPosition(g.Key, quantity, quantity == 0 ? 0m : cost / quantity, mark, (quantity * mark) - cost);
        })
        .Where(p => p.Quantity != 0)];

    private List<DiagnosticSeries> Diagnostics()
    {
        var result = new List<DiagnosticSeries>();
        var d = 0;
        foreach (var strategy in _strategies)
        {
            if (strategy.Diagnostics is not { } diagnostics)
            {
                continue;
            }

            foreach (var name in diagnostics.DiagnosticNames)
            {
                result.Add(new DiagnosticSeries(strategy.Strategy.Id.Value, name, _diagnostics[d++], diagnostics.DiagnosticGuides));
            }
        }

        return result;
    }

    private IEnumerable<string> RefusalSummary() => _brokers
        .SelectMany(b => b.Context.Refusals.Select(r => $"{b.Plan.Name}: {r.Value} signal(s) refused before the venue: {r.Key}"));
}
