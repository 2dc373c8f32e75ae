using BenchmarkDotNet.Attributes;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Strategies;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Sizing;

namespace Sextant.Benchmarks.Strategies;

/// <summary>
/// The cointegration strategy's per-bar update for one pair (rolling OLS over 240 bars, z-score, decision), over 100,000
/// synthetic aligned minutes with thresholds no bar reaches, so the figure is the update alone (goal ≤ 15 ns/bar).
/// <c>level</c>: level prices. <c>log</c>: log prices as a backtest runs them, read from the series' ln(close) column that
/// <c>BacktestData</c> computes once at load (that one-off cost, one <see cref="Math.Log(double)"/> per bar and series, is in
/// the load time, not here). <c>log-per-bar</c>: log prices taken with two <see cref="Math.Log(double)"/> per bar, as a live
/// frame without the column is run; the same values.
/// Run: <c>dotnet run -c Release --project bench/Sextant.Benchmarks -- --filter *Cointegration*</c>.
/// </summary>
[MemoryDiagnoser]
public class CointegrationStepBenchmark
{
    private const int Bars = 100_000;
    private BarFrame _frame = null!;
    private SignalList _sink = null!;

    [Params("level", "log", "log-per-bar")]
    public string Prices { get; set; } = "log";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        var y = new BarSeriesBuilder(new SeriesKey(new VenueId("bench"), new Symbol("YYY"), BarInterval.OneMinute), Bars);
        var x = new BarSeriesBuilder(new SeriesKey(new VenueId("bench"), new Symbol("XXX"), BarInterval.OneMinute), Bars);
        var px = 100.0;
        for (var i = 0; i < Bars; i++)
        {
            px *= 1 + ((random.NextDouble() - 0.5) * 0.002);
            var py = (0.8 * px) + 20 + ((random.NextDouble() - 0.5) * 0.5);
            var t = new UnixNanos(i * 60_000_000_000L);
            x.Add(t, px, px, px, px, 1);
            y.Add(t, py, py, py, py, 1);
        }

        var (ys, xs) = (y.Build(), x.Build());
        if (Prices == "log")
        {
            _ = ys.LogCloseMemory; // what BacktestData does at load
            _ = xs.LogCloseMemory;
        }

        _frame = BarFrame.Align([ys, xs]);
        _sink = new SignalList();
    }

    [Benchmark(OperationsPerInvoke = Bars)]
    public int StepOnePair()
    {
        var strategy = new CointegrationStrategy(new CointegrationStrategyConfig
        {
            Name = "bench",
            Type = CointegrationStrategyConfig.TypeName,
            AssetClass = AssetClass.Crypto,
            Pairs = [[new Symbol("YYY"), new Symbol("XXX")]],
            Lookback = 240,
            EntryZ = 9.9,
            ExitZ = 0.5,
            PriceTransform = Prices == "level" ? PriceTransform.Level : PriceTransform.Log,
        }, new ConfiguredSizing(new SizingConfig(), _ => 0m));
        for (var row = 0; row < _frame.Count; row++)
        {
            strategy.Step(_frame, row, _sink);
        }

        return _sink.Count;
    }
}
