using System.Diagnostics;
using Sextant.Backtest.Engine;
using Sextant.Core.Bars;
using Sextant.Data.Store;

namespace Sextant.Workloads;

/// <summary>
/// W1: one pair, one year of 1-minute bars (525,600 rows, 1.05 M bars, synthetic), written to a Parquet store, then
/// loaded from it and run through the full engine to statistics. Prints the run speed (after load) and the
/// end-to-end time including the load.
/// </summary>
internal static class W1
{
    public static async Task RunAsync(bool quick, int repeat = 5)
    {
        var bars = quick ? 100_000 : 525_600;
        var (y, x) = Synthetic.Pair("synthetic", "YYY", "XXX", bars, seed: 42);
        var root = Path.Combine(Path.GetTempPath(), "sextant-w1-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new LocalFileSource(new LocalStoreOptions { Root = Path.Combine(root, "store"), ArchiveRoot = Path.Combine(root, "archive") });
            foreach (var series in new[] { y, x })
            {
                await store.WriteBarsAsync(series, new TimeRange(series.Times[0], new(series.Times[^1].Value + Synthetic.Minute)), CancellationToken.None);
            }

            var plan = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX")), "w1");
            await BacktestData.LoadAsync(plan, store, CancellationToken.None); // warm-up: JIT of the reader
            var data = await BacktestData.LoadAsync(plan, store, CancellationToken.None);
            Backtester.Run(plan, data); // warm-up: JIT and tiering
            var totals = new List<TimeSpan>(repeat);
            var (bestBuild, bestLoop, bestResult) = (TimeSpan.MaxValue, TimeSpan.MaxValue, TimeSpan.MaxValue);
            Sextant.Backtest.Results.BacktestResult? result = null;
            var allocated = long.MaxValue;
            var collections = 0;
            long loopBytes = 0, resultBytes = 0;
            var process = Process.GetCurrentProcess();
            var cpu = TimeSpan.MaxValue;
            for (var i = 0; i < repeat; i++)
            {
                // Each run starts from a collected heap, as BenchmarkDotNet starts each iteration: the last run's history
                // is garbage, and collecting it is not this run's work.
                result = null;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                // What Backtester.Run does, timed by phase: build (strategies, venues, portfolios, frames), the loop, the results.
                var gcBefore = GC.CollectionCount(0);
                var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var run = new BacktestRun(plan, data, Sextant.Strategies.Registry.StrategyRegistry.Default);
                var built = watch.Elapsed;
                var bytesBuilt = GC.GetAllocatedBytesForCurrentThread();
                run.Loop(null, CancellationToken.None);
                var looped = watch.Elapsed;
                var bytesLooped = GC.GetAllocatedBytesForCurrentThread();
                result = run.Result(data.LoadTime, looped - built);
                loopBytes = bytesLooped - bytesBuilt;
                resultBytes = GC.GetAllocatedBytesForCurrentThread() - bytesLooped;
                var total = watch.Elapsed;
                process.Refresh();
                cpu = process.TotalProcessorTime - cpuBefore < cpu ? process.TotalProcessorTime - cpuBefore : cpu;
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
                collections = Math.Max(collections, GC.CollectionCount(0) - gcBefore);
                totals.Add(total);
                bestBuild = built < bestBuild ? built : bestBuild;
                bestLoop = looped - built < bestLoop ? looped - built : bestLoop;
                bestResult = total - looped < bestResult ? total - looped : bestResult;
            }

            var best = totals.Min();
            Console.WriteLine($"W1: {result!.Bars:N0} bars (synthetic cointegrated pair, 1-minute, one year) from the Parquet store: " +
                $"load {data.LoadTime.TotalMilliseconds:N0} ms, run {best.TotalMilliseconds:N1} ms = {result.Bars / best.TotalSeconds / 1e6:N1} M bars/s after load (goal ≥ 20), " +
                $"end to end {(data.LoadTime + best).TotalMilliseconds:N0} ms; {result.Fills.Count:N0} fills, Sharpe {result.Statistics.Sharpe:N2}");
            // Every run in order: the first few run code the tiered JIT has not optimised yet (on two busy cores its background
            // compilation waits its turn), the rest show the machine's spread.
            Console.WriteLine($"W1: each run in order, ms: {string.Join(' ', totals.Select(t => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"W1: best of {repeat}: build {bestBuild.TotalMilliseconds:N1} ms, loop {bestLoop.TotalMilliseconds:N1} ms ({bestLoop.TotalMilliseconds * 1e6 / result.Times.Length:N0} ns per row of two bars), " +
                $"results {bestResult.TotalMilliseconds:N1} ms; process CPU time {cpu.TotalMilliseconds:N0} ms per run (all threads, GC included); allocated {allocated / 1048576.0:N1} MB per run, up to {collections} gen-0 collections per run");
            Console.WriteLine($"W1: allocated in the loop {loopBytes / (double)result.Orders.Count:N0} B per order, in the results {resultBytes / (double)result.Orders.Count:N0} B per order");
            // The summary without its timings: every statistic, trade figure and group, to check a change moved none of them.
            var summary = Sextant.Backtest.Reports.SummaryJson.Build(result);
            summary.Remove("load_seconds");
            summary.Remove("run_seconds");
            if (Environment.GetEnvironmentVariable("SEXTANT_W1_SUMMARY") is { Length: > 0 } summaryPath)
            {
                File.WriteAllText(summaryPath, summary.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }

            Console.WriteLine($"W1: final equity {result.FinalEquity}, {result.Orders.Count:N0} orders, order-list SHA-256 {Sextant.Backtest.Results.OrderListHash.Compute(result.Orders)}, " +
                $"summary SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(summary.ToJsonString())))}, " +
                $"equity and z series SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. System.Runtime.InteropServices.MemoryMarshal.AsBytes(result.Equity.AsSpan()), .. result.Diagnostics.SelectMany(d => System.Runtime.InteropServices.MemoryMarshal.AsBytes(d.Values.AsSpan()).ToArray())]))}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
