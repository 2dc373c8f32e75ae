using System.Diagnostics;
using Sextant.Backtest.Engine;

namespace Sextant.Workloads;

/// <summary>W1: one pair, one year of 1-minute bars (525,600 rows, 1.05 M bars), through the full engine to statistics.</summary>
internal static class W1
{
    public static Task RunAsync(bool quick)
    {
        var bars = quick ? 100_000 : 525_600;
        var (y, x) = Synthetic.Pair("synthetic", "YYY", "XXX", bars, seed: 42);
        var data = new BacktestData([y, x]);
        var plan = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX")), "w1");
        Backtester.Run(plan, data); // warm-up: JIT and tiering
        var best = TimeSpan.MaxValue;
        Sextant.Backtest.Results.BacktestResult? result = null;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            result = Backtester.Run(plan, data).Result;
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        var quiet = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX", entry: 99)), "w1");
        Backtester.Run(quiet, data);
        var loop = Stopwatch.StartNew();
        Backtester.Run(quiet, data);
        Console.WriteLine($"W1 (no trades, loop only): {loop.Elapsed.TotalMilliseconds:N1} ms");
        Console.WriteLine($"W1: {result!.Bars:N0} bars (synthetic cointegrated pair, 1-minute, one year): run {best.TotalMilliseconds:N1} ms = {result.Bars / best.TotalSeconds / 1e6:N1} M bars/s (goal ≥ 20), {result.Fills.Count:N0} fills, Sharpe {result.Statistics.Sharpe:N2}");
        return Task.CompletedTask;
    }
}
