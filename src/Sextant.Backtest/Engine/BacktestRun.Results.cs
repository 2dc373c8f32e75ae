using System.Runtime.CompilerServices;
using Sextant.Backtest.Results;
using Sextant.Backtest.Statistics;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

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

    /// <summary>
    /// Marks every position at its last close (exact decimal) and assembles statistics, trades and charts. A pipelined run
    /// (cores to spare) computes the equity statistics and the fill totals on a second thread beside the orders and round trips.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per run: straight to optimised code, not through the tiers
    public BacktestResult Result(TimeSpan loadTime, TimeSpan runTime)
    {
        foreach (var slot in _series.Where(s => !double.IsNaN(s.LastClose)))
        {
            slot.Broker.Context.Portfolio.Mark(slot.Series.Key.Symbol, (decimal)slot.LastClose);
        }

        var capital = _plan.Config.Backtesting.Capital;
        var fills = ResultOrder.Fills([.. _brokers.Select(b => b.Venue.Fills)]);
        // A pipelined run's strategies thread has taken every fill already (round trips and totals); otherwise they are made here.
        var fed = _feed is { } feed && feed.Count == fills.Count ? feed : null;
        var trips = fed?.Trips ?? RoundTripBuilder.Build(fills, BookOf);

        // Pipelined, the equity statistics and the per-strategy and per-pair trade statistics are made on a second core
        // while this one puts the orders in results order (reading every order is most of it: memory, not arithmetic).
        var side = Pipelined ? Task.Run(() => (EquityStatisticsOf(), fed?.Totals ?? TotalsOf(fills), GroupsOf(trips))) : null;
        var (orders, ownOrders) = OrdersByStrategy();
        var (statistics, totals, (all, groups, strategyGroups)) = side?.GetAwaiter().GetResult()
            ?? (EquityStatisticsOf(), fed?.Totals ?? TotalsOf(fills), GroupsOf(trips));

        var exposure = _times.Length == 0 ? 0 : (double)_rowsOpen / _times.Length;
        var turnover = (double)(totals.Traded / capital);
        var trades = all with { Orders = orders.Count, Fills = fills.Count, Fees = totals.Fees, ExposureTime = exposure, Turnover = turnover };
        for (var k = 0; k < strategyGroups.Length; k++)
        {
            var group = groups[strategyGroups[k]];
            groups[strategyGroups[k]] = group with { Trades = group.Trades with { Orders = ownOrders[k], Fills = totals.OwnFills(k), Fees = totals.OwnFees(k) } };
        }

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

    private string BookOf(Fill fill) => BookOf(MetadataOf(fill.OrderId), fill); // MetadataOf finds the order's signal

    private double BarsPerYearOf()
    {
        if (_plan.Config.Backtesting.BarsPerYear is { } configured)
        {
            return configured;
        }

        var finest = _plan.Strategies.MinBy(s => BarInterval.Parse(s.Config.Interval).Duration)!;
        return BarsPerYear.For(BarInterval.Parse(finest.Config.Interval), finest.Config.AssetClass ?? AssetClass.Crypto);
    }

    /// <summary>The index of the strategy with <paramref name="id"/> in the plan (a handful: a linear search), or −1.</summary>
    private int StrategyIndex(StrategyId id)
    {
        for (var k = 0; k < _strategies.Length; k++)
        {
            if (_strategies[k].Strategy.Id == id)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Commission and traded notional over <paramref name="fills"/>, and every strategy's fills and commission.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FillTotals TotalsOf(List<Fill> fills)
    {
        var totals = new FillTotals(this);
        foreach (var fill in fills)
        {
            totals.Add(fill);
        }

        return totals;
    }

    /// <summary>Commission and traded notional, and each strategy's fills and commission, each summed in fill order (as summing its own fills would).</summary>
    private sealed class FillTotals(BacktestRun run)
    {
        private readonly int[] _ownFills = new int[run._strategies.Length];
        private readonly decimal[] _ownFees = new decimal[run._strategies.Length];

        public decimal Fees { get; private set; }

        public decimal Traded { get; private set; }

        /// <summary>Fills of the run's strategy <paramref name="k"/>.</summary>
        public int OwnFills(int k) => _ownFills[k];

        /// <summary>Commission of the run's strategy <paramref name="k"/>.</summary>
        public decimal OwnFees(int k) => _ownFees[k];

        public void Add(Fill fill)
        {
            Fees += fill.Fee.Amount;
            Traded += fill.Notional; // quantity × price
            if (run.StrategyIndex(fill.Strategy) is var k and >= 0)
            {
                _ownFills[k]++;
                _ownFees[k] += fill.Fee.Amount;
            }
        }
    }

    // The statistics of every round trip, then per strategy and per pair it traded; the run's and each strategy's order,
    // fill and fee counts are set by the caller (they are counted beside this, on the other core), which finds strategy k's
    // group at StrategyGroups[k]. A group holding every trip of the set above it shares that set's figures instead of
    // adding them up again (one strategy trading one pair: all three are the same trips).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per run
    private (TradeStatistics All, List<GroupStatistics> Groups, int[] StrategyGroups) GroupsOf(IReadOnlyList<RoundTrip> trips)
    {
        var all = TradeStatisticsBuilder.Build(trips, 0, 0, 0m, double.NaN, double.NaN);
        var groups = new List<GroupStatistics>();
        var strategyGroups = new int[_strategies.Length];
        for (var k = 0; k < _strategies.Length; k++)
        {
            var id = _strategies[k].Strategy.Id;
            var own = trips.Where(t => t.Strategy == id).ToList();
            var ofStrategy = own.Count == trips.Count ? all : TradeStatisticsBuilder.Build(own, 0, 0, 0m, double.NaN, double.NaN);
            strategyGroups[k] = groups.Count;
            groups.Add(new GroupStatistics("strategy", id.Value, id.Value, ofStrategy));
            foreach (var book in own.Select(t => t.Book).Distinct(StringComparer.Ordinal).Where(b => b.Contains('/', StringComparison.Ordinal)))
            {
                var bookTrips = own.Where(t => t.Book == book).ToList();
                var ofBook = bookTrips.Count == own.Count ? ofStrategy : TradeStatisticsBuilder.Build(bookTrips, 0, 0, 0m, double.NaN, double.NaN);
                groups.Add(new GroupStatistics("pair", id.Value, book, ofBook with { Fills = bookTrips.Sum(t => t.Fills), Fees = bookTrips.Sum(t => t.Fees) }));
            }
        }

        return (all, groups, strategyGroups);
    }

    // Every order in results order, and how many each strategy made.
    private (List<Order> Orders, int[] OwnOrders) OrdersByStrategy()
    {
        var ownOrders = new int[_strategies.Length];
        var orders = ResultOrder.Orders([.. _brokers.Select(b => b.Context.Orders.AllOrders)], [.. _strategies.Select(s => s.Strategy.Id)], ownOrders);
        return (orders, ownOrders);
    }

    private PerformanceStatistics EquityStatisticsOf() =>
        EquityStatistics.Compute(_equity, _times, (double)_plan.Config.Backtesting.Capital, BarsPerYearOf());

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
            if (strategy.Diagnostics is not { } diagnostics || !_plan.RecordDiagnostics)
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
