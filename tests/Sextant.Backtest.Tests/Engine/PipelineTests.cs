using Sextant.Backtest.Engine;
using Sextant.Backtest.Reports;
using Sextant.Backtest.Results;
using Sextant.Backtest.Tests.Support;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Strategies.Registry;

namespace Sextant.Backtest.Tests.Engine;

[CollectionDefinition(nameof(PipelineTests), DisableParallelization = true)]
public sealed class PipelineTestsRunAlone;

/// <summary>
/// The pipelined loop (strategies on a thread of their own) against the single-threaded one on the same 40,000 real minutes
/// (the 5000 bundled BTCUSDT/ETHUSDT minutes tiled 8 times, each tile scaled to continue where the last ended): every
/// figure, order, fill and series must be the same, failures must surface the same way, and it runs only where it may.
/// The class runs alone: its no-allocation test counts the process's allocations (both threads of a run), which a test of
/// another class running meanwhile would add to.
/// </summary>
[Collection(nameof(PipelineTests))]
public sealed class PipelineTests
{
    private const int Tiles = 8;
    private static readonly BacktestData Data = new([Tiled("BTCUSDT"), Tiled("ETHUSDT")]);

    [Theory]
    [InlineData(2.0, null, null)]
    [InlineData(1.5, 0.02, null)] // a tight drawdown limit: the kill switch trips mid-run and refuses new entries from then on
    [InlineData(2.0, null, 800.0)] // a daily loss limit: each new day's start is taken in flat stretches too (the pipelined loop skips those rows' per-series work)
    public void Run_Pipelined_GivesExactlyTheSingleThreadedResult(double entry, double? maxDrawdown, double? maxDailyLoss)
    {
        var (single, singleRun) = Run(Plan(entry, maxDrawdown, pipeline: false, maxDailyLoss));
        var (pipelined, pipelinedRun) = Run(Plan(entry, maxDrawdown, pipeline: true, maxDailyLoss));

        Assert.False(singleRun.Pipelined);
        Assert.True(pipelinedRun.Pipelined);
        Assert.True(single.Fills.Count > 100, $"{single.Fills.Count} fills: the test needs a busy run");
        Assert.Equal(OrderListHash.Compute(single.Orders), OrderListHash.Compute(pipelined.Orders));
        Assert.Equal(Summary(single), Summary(pipelined));
        Assert.Equal(single.Equity, pipelined.Equity);
        Assert.Equal(single.Fills.Select(f => (f.OrderId, f.Time, f.Price, f.Quantity, f.Fee)), pipelined.Fills.Select(f => (f.OrderId, f.Time, f.Price, f.Quantity, f.Fee)));
        Assert.Equal(single.Signals.Select(Describe), pipelined.Signals.Select(Describe));
        Assert.Equal(single.Notes, pipelined.Notes);
        Assert.Equal(single.Diagnostics.Select(d => d.Values), pipelined.Diagnostics.Select(d => d.Values));
        if (maxDrawdown is not null || maxDailyLoss is not null)
        {
            Assert.Contains(pipelined.Notes, n => n.Contains("kill switch", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_WithoutDiagnostics_HasTheSameResultsAndNoZSeries(bool pipeline)
    {
        // What a sweep runs: no diagnostic series is kept (4 MB a pair over a year of minutes); nothing else changes.
        var plan = Plan(2.0, null, pipeline);

        var (with, _) = Run(plan);
        var (without, _) = Run(plan with { RecordDiagnostics = false });

        Assert.NotEmpty(with.Diagnostics);
        Assert.Empty(without.Diagnostics);
        Assert.Equal(Summary(with), Summary(without));
        Assert.Equal(with.Equity.ToArray(), without.Equity.ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_TwoStrategies_EachStrategyGroupCountsItsOwnOrdersFillsAndFees(bool pipeline)
    {
        // The per-strategy counts are made beside the trade statistics (on the other core when pipelined) and joined after.
        var plan = Plan(2.0, null, pipeline);
        var fast = Configs.Strategy("BTCUSDT", "ETHUSDT", "binance", 120, 1.5, 0.5) with { Name = "fast" };
        plan = BacktestPlan.FromConfig(plan.Config with { Strategies = [.. plan.Config.Strategies, fast] }, "two");

        var (result, run) = Run(plan);

        Assert.Equal(pipeline, run.Pipelined);
        var strategies = result.Groups.Where(g => g.Kind == "strategy").ToList();
        Assert.Equal(["pair", "fast"], strategies.Select(g => g.Strategy));
        foreach (var group in strategies)
        {
            var orders = result.Orders.Count(o => o.Strategy.Value == group.Strategy);
            var fills = result.Fills.Where(f => f.Strategy.Value == group.Strategy).ToList();
            Assert.True(fills.Count > 50, $"{group.Strategy}: {fills.Count} fills; the test needs both strategies trading");
            Assert.Equal((orders, fills.Count, fills.Sum(f => f.Fee.Amount)), (group.Trades.Orders, group.Trades.Fills, group.Trades.Fees));
            Assert.Equal(result.RoundTrips.Count(t => t.Strategy.Value == group.Strategy), group.Trades.RoundTrips);
        }

        Assert.Equal((result.Orders.Count, result.Fills.Count), (strategies.Sum(g => g.Trades.Orders), strategies.Sum(g => g.Trades.Fills)));
    }

    [Fact]
    public void Run_PercentOfEquitySizing_RunsSingleThreaded()
    {
        // The size of a new position reads the equity, which the venue side moves: the strategies may not run ahead of it.
        var plan = Plan(2.0, null, pipeline: true);
        plan = plan with { Config = plan.Config with { Execution = new() { Sizing = new() { Type = SizingType.PercentOfEquity, Percent = 0.1m } } } };

        Assert.False(new BacktestRun(plan, Data, StrategyRegistry.Default).Pipelined);
    }

    [Fact]
    public void Run_FewRows_RunsSingleThreaded()
    {
        var start = Bars.Real("BTCUSDT").Times[0];
        var plan = Plan(2.0, null, pipeline: true) with { Range = new TimeRange(start, new UnixNanos(start.Value + (5000 * Bars.Minute))) };

        Assert.False(new BacktestRun(plan, Data, StrategyRegistry.Default).Pipelined);
    }

    [Theory]
    // A zero close stops the strategy with a message naming the symbol and time.
    [InlineData(0.0, 2.0, typeof(InvalidDataException))]
    // A NaN close is a missing bar to the strategy, but marking it fails, naming the symbol: also where the pipelined loop
    // passes a flat stretch without marking each row (it checks the closes it passes). Nothing trades at entry 9.9.
    [InlineData(double.NaN, 9.9, typeof(ArgumentOutOfRangeException))]
    public void Run_BadPriceMidRun_FailsTheSameWayPipelined(double badClose, double entry, Type failure)
    {
        var btc = Tiled("BTCUSDT");
        var close = btc.Close.ToArray();
        close[30_000] = badClose;
        var broken = new BarSeries(btc.Key, btc.Times.ToArray(), btc.Open.ToArray(), btc.High.ToArray(), btc.Low.ToArray(), close, btc.Volume.ToArray(), btc.Count);
        var data = new BacktestData([broken, Tiled("ETHUSDT")]);

        var single = Assert.Throws(failure, () => new BacktestRun(Plan(entry, null, false), data, StrategyRegistry.Default).Loop(null, CancellationToken.None));
        var run = new BacktestRun(Plan(entry, null, true), data, StrategyRegistry.Default);
        Assert.True(run.Pipelined);
        var pipelined = Assert.Throws(failure, () => run.Loop(null, CancellationToken.None));
        Assert.Equal(single.Message, pipelined.Message);
        Assert.Contains("BTCUSDT", pipelined.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loop_PipelinedWithoutSignals_AllocatesNothingPerBar()
    {
        // Both threads together (the process's count), over 20,000 and over 40,000 rows: the thread and the queues' first
        // blocks are all, whatever the row count (one byte per row more would be 20,000).
        var plan = Plan(9.9, null, pipeline: true);
        var start = Data.Get(plan.Series[0], TimeRange.All).Times[0];
        var half = plan with { Range = new TimeRange(start, new UnixNanos(start.Value + (20_000 * Bars.Minute))) };
        for (var i = 0; i < 3; i++)
        {
            // Warm every path (JIT tiers allocate on their own threads while methods are compiled again).
            new BacktestRun(plan, Data, StrategyRegistry.Default).Loop(null, CancellationToken.None);
        }

        // The least of three runs each: the runtime's own threads allocate a little now and then.
        var whole = Enumerable.Range(0, 3).Select(_ => Allocated(plan)).Min();
        var part = Enumerable.Range(0, 3).Select(_ => Allocated(half)).Min();

        Assert.Equal((40_000, 20_000), (whole.Rows, part.Rows));
        Assert.True(Math.Abs(whole.Bytes - part.Bytes) < 16_000, $"{whole.Bytes} B for {whole.Rows} rows, {part.Bytes} B for {part.Rows}");
    }

    private static (long Bytes, int Rows) Allocated(BacktestPlan plan)
    {
        var run = new BacktestRun(plan, Data, StrategyRegistry.Default);
        Assert.True(run.Pipelined);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        run.Loop(null, CancellationToken.None);
        return (GC.GetTotalAllocatedBytes(precise: true) - before, run.Rows);
    }

    private static (BacktestResult Result, BacktestRun Run) Run(BacktestPlan plan)
    {
        var run = new BacktestRun(plan, Data, StrategyRegistry.Default);
        run.Loop(null, CancellationToken.None);
        return (run.Result(TimeSpan.Zero, TimeSpan.Zero), run);
    }

    private static string Describe(Sextant.Core.Signals.Signal s) =>
        $"{s.Time} {s.Symbol} {s.Action} {s.TargetQuantity} {string.Join(",", s.Metadata.Select(m => $"{m.Key}={m.Value}"))}";

    private static string Summary(BacktestResult result) => SummaryJson.Build(result).ToJsonString();

    private static BacktestPlan Plan(double entry, double? maxDrawdown, bool pipeline, double? maxDailyLoss = null)
    {
        var config = Configs.Pair(Configs.Strategy("BTCUSDT", "ETHUSDT", "binance", 240, entry, 0.5), notional: 10_000m);
        config = config with
        {
            Risk = config.Risk with { MaxDrawdown = maxDrawdown, MaxDailyLoss = (decimal?)maxDailyLoss, MaxOrdersPerMinute = null },
            Backtesting = config.Backtesting with { Pipeline = pipeline },
        };
        return BacktestPlan.FromConfig(config, "pipeline");
    }

    /// <summary>The 5000 real minutes of <paramref name="symbol"/> <see cref="Tiles"/> times in a row, each tile's prices scaled so it starts at the previous tile's last close.</summary>
    private static BarSeries Tiled(string symbol)
    {
        var real = Bars.Real(symbol);
        var builder = new BarSeriesBuilder(real.Key, real.Count * Tiles);
        var scale = 1.0;
        var span = real.Times[^1].Value - real.Times[0].Value + Bars.Minute;
        for (var tile = 0; tile < Tiles; tile++)
        {
            for (var i = 0; i < real.Count; i++)
            {
                var bar = real[i];
                builder.Add(new Bar(new UnixNanos(bar.Time.Value + (tile * span)), bar.Open * scale, bar.High * scale, bar.Low * scale, bar.Close * scale, bar.Volume));
            }

            scale *= real.Close[^1] / real.Close[0];
        }

        return builder.Build();
    }
}
