using System.Diagnostics;
using Sextant.Backtest.Engine;
using Sextant.Config.Schema;
using Sextant.Strategies;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Sizing;

namespace Sextant.Workloads;

/// <summary>Where a W1 bar's time goes: the strategy alone, then the whole loop.</summary>
internal static class Profile
{
    public static void Run()
    {
        var (y, x) = Synthetic.Pair("synthetic", "YYY", "XXX", 525_600, seed: 42);
        var frame = BarFrame.Align([y, x]);
        var sizing = new ConfiguredSizing(new SizingConfig(), _ => 0m);
        for (var round = 0; round < 3; round++)
        {
            var strategy = new CointegrationStrategy(Configs.Pair("p", "YYY", "XXX", entry: 99), sizing);
            var sink = new SignalList();
            var watch = Stopwatch.StartNew();
            for (var row = 0; row < frame.Count; row++)
            {
                strategy.Step(frame, row, sink);
            }

            Console.WriteLine($"strategy alone: {watch.Elapsed.TotalMilliseconds * 1e6 / frame.Count:N1} ns/row");
        }

        var regression = typeof(CointegrationStrategy).Assembly.GetType("Sextant.Strategies.Cointegration.RollingPairRegression")!;
        var closesY = y.Close.ToArray();
        var closesX = x.Close.ToArray();
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var sum = 0.0;
            for (var i = 0; i < closesY.Length; i++)
            {
                sum += Math.Log(closesY[i]) + Math.Log(closesX[i]);
            }

            Console.WriteLine($"two Math.Log: {watch.Elapsed.TotalMilliseconds * 1e6 / closesY.Length:N1} ns/row ({sum:E1})");
        }

        _ = regression;
        {
            var clock = new Core.Time.SimulatedClock(y.Times[0]);
            var options = Brokers.Simulated.Venue.SimulatedVenueOptions.FromConfig(new BacktestingConfig(), new Core.Instruments.Asset("USDT"), 100_000m);
            var venue = new Brokers.Simulated.Venue.SimulatedVenue(new Core.Instruments.BrokerId("sim"), options, clock);
            var portfolio = new Sextant.Portfolio.Portfolio(new Core.Instruments.Asset("USDT"), 100_000m);
            var iy = venue.Register(y.Key.Symbol);
            var ix = venue.Register(x.Key.Symbol);
            var py = portfolio.AddInstrument(y.Key.Symbol, Core.Instruments.AssetClass.Crypto);
            var px = portfolio.AddInstrument(x.Key.Symbol, Core.Instruments.AssetClass.Crypto);
            var times = y.Times.ToArray();
            var oy = y.Open.ToArray();
            var cy = y.Close.ToArray();
            var cx = x.Close.ToArray();
            for (var round = 0; round < 3; round++)
            {
                var c2 = new Core.Time.SimulatedClock(times[0]);
                var w = Stopwatch.StartNew();
                for (var i = 0; i < times.Length; i++)
                {
                    c2.AdvanceTo(times[i]);
                }

                var tClock = w.Elapsed.TotalMilliseconds * 1e6 / times.Length;
                w.Restart();
                for (var i = 0; i < times.Length; i++)
                {
                    var b1 = new Core.Bars.Bar(times[i], oy[i], oy[i], oy[i], cy[i], 1);
                    venue.OnBar(iy, in b1);
                    var b2 = new Core.Bars.Bar(times[i], oy[i], oy[i], oy[i], cx[i], 1);
                    venue.OnBar(ix, in b2);
                }

                var tVenue = w.Elapsed.TotalMilliseconds * 1e6 / times.Length;
                w.Restart();
                var sum = 0.0;
                for (var i = 0; i < times.Length; i++)
                {
                    portfolio.Mark(py, cy[i]);
                    portfolio.Mark(px, cx[i]);
                    sum += portfolio.EquityEstimate;
                }

                var tPortfolio = w.Elapsed.TotalMilliseconds * 1e6 / times.Length;
                Console.WriteLine($"pieces per row: clock {tClock:N1} ns, venue 2 bars {tVenue:N1} ns, portfolio 2 marks + equity {tPortfolio:N1} ns ({sum:E1})");
            }
        }

        var data = new BacktestData([y, x]);
        var idle = new Strategies.Registry.StrategyRegistry();
        idle.Register<CointegrationStrategyConfig>((c, sz) => new Idle(c, sz));
        var idlePlan = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX", entry: 99)), "w1");
        for (var round = 0; round < 3; round++)
        {
            var run = new BacktestRun(idlePlan, data, idle);
            var watch = Stopwatch.StartNew();
            run.Loop(null, CancellationToken.None);
            Console.WriteLine($"loop with an idle strategy: {watch.Elapsed.TotalMilliseconds * 1e6 / frame.Count:N1} ns/row");
        }

        var plan = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX", entry: 99)), "w1");
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var run = new BacktestRun(plan, data, Strategies.Registry.StrategyRegistry.Default);
            var built = watch.Elapsed;
            run.Loop(null, CancellationToken.None);
            var looped = watch.Elapsed - built;
            run.Result(TimeSpan.Zero, looped);
            Console.WriteLine($"build {built.TotalMilliseconds:N1} ms, loop {looped.TotalMilliseconds * 1e6 / frame.Count:N1} ns/row, result {(watch.Elapsed - built - looped).TotalMilliseconds:N1} ms");
        }
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
