using System.Diagnostics;
using Sextant.Backtest.Engine;

namespace Sextant.Workloads;

/// <summary>
/// W2: 100 symbols (50 pairs) × one year of 1-minute bars = 52.6 M bars, synthetic. The pairs are independent
/// strategies, so they run as independent backtests, two at a time (one per core), each generating its data, running
/// and releasing it: the peak memory is that of two pairs, not of all 52.6 M bars at once.
/// </summary>
internal static class W2
{
    public static void Run(bool quick)
    {
        var pairs = quick ? 6 : 50;
        var bars = quick ? 100_000 : 525_600;
        Console.WriteLine($"W2: {pairs} pairs ({2 * pairs} symbols) × {bars:N0} 1-minute bars = {2L * pairs * bars / 1e6:N1} M bars (synthetic cointegrated series), 2 pairs at a time");
        GC.Collect();
        var watch = Stopwatch.StartNew();
        long totalBars = 0;
        long fills = 0;
        long generationTicks = 0;
        var peak = 0L;
        Parallel.For(0, pairs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var generating = Stopwatch.StartNew();
            var (y, x) = Synthetic.Pair("synthetic", $"Y{i:D2}", $"X{i:D2}", bars, seed: 1000 + i);
            Interlocked.Add(ref generationTicks, generating.Elapsed.Ticks);
            var config = Configs.Engine(Configs.Pair($"pair-{i:D2}", $"Y{i:D2}", $"X{i:D2}"));
            config = config with { Backtesting = config.Backtesting with { Pipeline = false } }; // one backtest per core already, as a sweep
            var result = Backtester.Run(BacktestPlan.FromConfig(config, "w2"), new BacktestData([y, x])).Result;
            Interlocked.Add(ref totalBars, result.Bars);
            Interlocked.Add(ref fills, result.Fills.Count);
            var working = Process.GetCurrentProcess().PeakWorkingSet64;
            InterlockedMax(ref peak, working);
        });
        var elapsed = watch.Elapsed;
        var generation = TimeSpan.FromTicks(generationTicks / 2); // generated on two cores at once
        Console.WriteLine($"W2: {totalBars / 1e6:N1} M bars, {fills:N0} fills in {elapsed.TotalSeconds:N2} s wall ({totalBars / elapsed.TotalSeconds / 1e6:N1} M bars/s), " +
            $"of which about {generation.TotalSeconds:N1} s generating the synthetic series; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB (goal: < 10 s, < 2048 MB)");
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
