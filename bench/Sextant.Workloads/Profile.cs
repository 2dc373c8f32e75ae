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
        var data = new BacktestData([y, x]);
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
}
