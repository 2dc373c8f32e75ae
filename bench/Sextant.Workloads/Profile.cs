using Sextant.Backtest.Engine;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Strategies;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Sizing;

namespace Sextant.Workloads;

/// <summary>
/// Where a W1 row's time goes (the W1 pair, 525,600 rows of two bars): the strategy alone on level prices, on the log prices
/// precomputed at load and on logs taken per bar; the simulated venue and portfolio marks; the loop with an idle strategy;
/// the whole loop. Each piece runs in its own method (so it is compiled fully, not as an on-stack replacement) and is the
/// best of <see cref="Rounds"/> runs, as wall and thread CPU time.
/// </summary>
internal static class Profile
{
    private const int Rounds = 7;

    public static void Run()
    {
        var (y, x) = Synthetic.Pair("synthetic", "YYY", "XXX", 525_600, seed: 42);
        var rows = y.Count;
        var level = BarFrame.Align([y, x]);
        Console.WriteLine($"floor: rolling OLS by running sums + z-score in one static loop, level prices: {Best(() => Floor(y.Close.ToArray(), x.Close.ToArray())).PerItem(rows)} per row");
        Console.WriteLine($"the regression alone (RollingPairRegression.Add in a static loop), level prices: {Best(() => Regression(y.Close.ToArray(), x.Close.ToArray())).PerItem(rows)} per row");
        Console.WriteLine($"strategy alone, an idle strategy (the cost of Step itself): {Best(() => StepIdle(level)).PerItem(rows)} per row");
        Console.WriteLine($"strategy alone, level prices: {Best(() => Strategy(level, PriceTransform.Level)).PerItem(rows)} per row");
        Console.WriteLine($"strategy alone, log prices taken per bar: {Best(() => Strategy(level, PriceTransform.Log)).PerItem(rows)} per row");
        var data = new BacktestData([y, x]); // computes the series' ln(close) once, as a backtest's load does
        var logs = BarFrame.Align([y, x]);
        Console.WriteLine($"strategy alone, log prices precomputed at load: {Best(() => Strategy(logs, PriceTransform.Log)).PerItem(rows)} per row; " +
            $"computing them: {Best(() => LogsOf(y, x)).PerItem(rows)} per row, once per series");
        Console.WriteLine($"venue, two bars: {Best(() => Venue(y, x)).PerItem(rows)} per row; portfolio, two marks + equity estimate: {Best(() => Marks(y, x)).PerItem(rows)} per row");

        var idle = new Strategies.Registry.StrategyRegistry();
        idle.Register<CointegrationStrategyConfig>((c, sz) => new Idle(c, sz));
        var quiet = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX", entry: 99)), "w1");
        Console.WriteLine($"loop, idle strategy: {Best(() => Loop(quiet, data, idle)).PerItem(rows)} per row");
        Console.WriteLine($"loop, cointegration strategy that never trades: {Best(() => Loop(quiet, data, Strategies.Registry.StrategyRegistry.Default)).PerItem(rows)} per row");
        var trading = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX")), "w1");
        Console.WriteLine($"loop, W1 (17,356 orders): {Best(() => Loop(trading, data, Strategies.Registry.StrategyRegistry.Default)).PerItem(rows)} per row");
    }

    /// <summary>
    /// Only the strategy's per-bar update, <paramref name="times"/> passes over the W1 pair (for instruction counts under
    /// <c>valgrind --tool=callgrind</c>: the difference between two pass counts is the cost of the passes, free of timing noise).
    /// </summary>
    public static void Steps(string prices, int times)
    {
        var (y, x) = Synthetic.Pair("synthetic", "YYY", "XXX", 100_000, seed: 42);
        if (prices == "log")
        {
            _ = new BacktestData([y, x]);
        }

        var frame = BarFrame.Align([y, x]);
        for (var i = 0; i < times; i++)
        {
            _ = Strategy(frame, prices == "level" ? PriceTransform.Level : PriceTransform.Log);
        }
    }

    /// <summary>
    /// Only the W1 loop and its results, <paramref name="times"/> runs over the in-memory pair (for a sampling profiler such as
    /// <c>perf</c>); <paramref name="idle"/>: with a strategy that never emits, for the loop's cost per row without orders.
    /// </summary>
    public static void Loops(int times, bool idle = false)
    {
        var (y, x) = Synthetic.Pair("synthetic", "YYY", "XXX", 525_600, seed: 42);
        var data = new BacktestData([y, x]);
        var plan = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX")), "w1");
        var registry = Strategies.Registry.StrategyRegistry.Default;
        if (idle)
        {
            registry = new Strategies.Registry.StrategyRegistry();
            registry.Register<CointegrationStrategyConfig>((c, sz) => new Idle(c, sz));
        }

        for (var i = 0; i < times; i++)
        {
            GC.Collect(); // from a collected heap, as W1 runs
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var run = new BacktestRun(plan, data, registry);
            var loop = Timing.Of(() => run.Loop(null, CancellationToken.None));
            var results = Timing.Of(() => run.Result(TimeSpan.Zero, TimeSpan.Zero));
            Console.WriteLine($"run {i}: loop {loop.PerItem(y.Count)} per row, results {results.PerItem(1)}");
        }
    }

    private static Timing Best(Func<Timing> measure)
    {
        var best = Timing.Infinite;
        for (var i = 0; i < Rounds; i++)
        {
            best = Timing.Min(best, measure());
        }

        return best;
    }

    private static Timing Strategy(BarFrame frame, PriceTransform transform)
    {
        var config = Configs.Pair("p", "YYY", "XXX", entry: 99) with { PriceTransform = transform };
        var strategy = new CointegrationStrategy(config, new ConfiguredSizing(new SizingConfig(), _ => 0m));
        var sink = new SignalList();
        return Timing.Of(() =>
        {
            for (var row = 0; row < frame.Count; row++)
            {
                strategy.Step(frame, row, sink);
            }
        });
    }

    private static Timing Floor(double[] ys, double[] xs)
    {
        const int n = 240;
        var zs = 0.0;
        var timing = Timing.Of(() =>
        {
            double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
            for (var i = 0; i < ys.Length; i++)
            {
                double x = xs[i] - xs[0], y = ys[i] - ys[0];
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                syy += y * y;
                if (i >= n)
                {
                    double ox = xs[i - n] - xs[0], oy = ys[i - n] - ys[0];
                    sx -= ox;
                    sy -= oy;
                    sxx -= ox * ox;
                    sxy -= ox * oy;
                    syy -= oy * oy;
                    var mx = sx / n;
                    var my = sy / n;
                    var cxx = sxx - (sx * mx);
                    var cxy = sxy - (sx * my);
                    var beta = cxy / cxx;
                    var ssr = syy - (sy * my) - (beta * cxy);
                    var e = y - (my - (beta * mx)) - (beta * x);
                    zs += e / Math.Sqrt(ssr / (n - 1));
                }
            }
        });
        return zs == 0 ? Timing.Infinite : timing;
    }

    private static Timing Regression(double[] ys, double[] xs)
    {
        var model = new RollingPairRegression(240, double.NaN);
        var zs = 0.0;
        var timing = Timing.Of(() =>
        {
            for (var i = 0; i < ys.Length; i++)
            {
                zs += model.Add(xs[i], ys[i]);
            }
        });
        return zs == 0 ? Timing.Infinite : timing;
    }

    private static Timing StepIdle(BarFrame frame)
    {
        var strategy = new Idle(Configs.Pair("p", "YYY", "XXX"), new ConfiguredSizing(new SizingConfig(), _ => 0m));
        var sink = new SignalList();
        return Timing.Of(() =>
        {
            for (var row = 0; row < frame.Count; row++)
            {
                strategy.Step(frame, row, sink);
            }
        });
    }

    private static Timing LogsOf(BarSeries y, BarSeries x)
    {
        var fresh = new[] { Copy(y), Copy(x) };
        return Timing.Of(() =>
        {
            foreach (var series in fresh)
            {
                _ = series.LogCloseMemory;
            }
        });
    }

    private static BarSeries Copy(BarSeries s) => new(s.Key, s.Times.ToArray(), s.Open.ToArray(), s.High.ToArray(), s.Low.ToArray(), s.Close.ToArray(), s.Volume.ToArray(), s.Count);

    private static Timing Venue(BarSeries y, BarSeries x)
    {
        var clock = new Core.Time.SimulatedClock(y.Times[0]);
        var options = Brokers.Simulated.Venue.SimulatedVenueOptions.FromConfig(new BacktestingConfig(), new Core.Instruments.Asset("USDT"), 100_000m);
        var venue = new Brokers.Simulated.Venue.SimulatedVenue(new Core.Instruments.BrokerId("sim"), options, clock);
        var iy = venue.Register(y.Key.Symbol);
        var ix = venue.Register(x.Key.Symbol);
        var times = y.Times.ToArray();
        var (oy, cy, ox, cx) = (y.Open.ToArray(), y.Close.ToArray(), x.Open.ToArray(), x.Close.ToArray());
        return Timing.Of(() =>
        {
            for (var i = 0; i < times.Length; i++)
            {
                var b1 = new Bar(times[i], oy[i], oy[i], oy[i], cy[i], 1);
                venue.OnBar(iy, in b1);
                var b2 = new Bar(times[i], ox[i], ox[i], ox[i], cx[i], 1);
                venue.OnBar(ix, in b2);
            }
        });
    }

    private static Timing Marks(BarSeries y, BarSeries x)
    {
        var portfolio = new Sextant.Portfolio.Portfolio(new Core.Instruments.Asset("USDT"), 100_000m);
        var py = portfolio.AddInstrument(y.Key.Symbol, Core.Instruments.AssetClass.Crypto);
        var px = portfolio.AddInstrument(x.Key.Symbol, Core.Instruments.AssetClass.Crypto);
        var (cy, cx) = (y.Close.ToArray(), x.Close.ToArray());
        var sum = 0.0;
        var timing = Timing.Of(() =>
        {
            for (var i = 0; i < cy.Length; i++)
            {
                portfolio.Mark(py, cy[i]);
                portfolio.Mark(px, cx[i]);
                sum += portfolio.EquityEstimate;
            }
        });
        return sum == 0 ? Timing.Infinite : timing;
    }

    private static Timing Loop(BacktestPlan plan, BacktestData data, Strategies.Registry.StrategyRegistry registry)
    {
        var run = new BacktestRun(plan, data, registry);
        return Timing.Of(() => run.Loop(null, CancellationToken.None));
    }

    private sealed class Idle(CointegrationStrategyConfig config, IStrategySizing sizing)
        : TradingStrategy(new Core.Instruments.StrategyId(config.Name), Core.Instruments.AssetClass.Crypto, [.. config.Universe], sizing)
    {
        protected override void Bind(BarFrame frame)
        {
        }

        protected override void OnBar(BarFrame frame, int row, ISignalSink sink)
        {
        }
    }
}
