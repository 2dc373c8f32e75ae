using System.Diagnostics;
using System.IO.Compression;
using Sextant.Core.Bars;
using Sextant.Data.Csv;
using Sextant.Data.Store;

namespace Sextant.Benchmarks.Workloads;

/// <summary>End-to-end figures: write N bars to the Parquet store, read them back into arrays, import an N-row CSV (plain and gzip).</summary>
public static class StoreWorkload
{
    public static async Task<int> RunAsync(int count)
    {
        var dir = Path.Combine(Path.GetTempPath(), "sextant-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var bars = await BenchData.TiledAsync(count);
            var store = new LocalFileSource(new LocalStoreOptions { Root = Path.Combine(dir, "store"), ArchiveRoot = Path.Combine(dir, "archive") });
            var span = new TimeRange(bars.Times[0], bars.Times[^1] + TimeSpan.FromMinutes(1));
            Console.WriteLine($"{count:N0} bars of real BTCUSDT 1m (tiled), {Environment.ProcessorCount} cores, load average {LoadAverage()}");

            var write = Stopwatch.StartNew();
            await store.WriteBarsAsync(bars, span, default);
            write.Stop();
            var bytes = Directory.GetFiles(Path.Combine(dir, "store"), "*.parquet", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Report("store write (zstd optimal)", count, write.Elapsed, $"{bytes / 1048576.0:N1} MiB on disk");

            var (read, readCpu) = await BestOfWithCpuAsync(15, async () =>
            {
                var loaded = await store.GetBarsAsync(bars.Key, TimeRange.All, default);
                return loaded.Count == count ? 0 : throw new InvalidOperationException($"read {loaded.Count} bars, expected {count}");
            });
            Report("store read into arrays", count, read,
                $"best of 15; that run used {readCpu.TotalMilliseconds:N0} ms of CPU over all threads, {count / readCpu.TotalSeconds / 1e6:N1} M rows per CPU-second");

            var csv = Path.Combine(dir, "bars.csv");
            BenchData.WriteCsv(csv, bars);
            var gz = csv + ".gz";
            await using (var input = File.OpenRead(csv))
            await using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
            {
                await input.CopyToAsync(output);
            }

            foreach (var (name, path) in new[] { ("csv import (plain)", csv), ("csv import (gzip)", gz) })
            {
                var took = await BestOfAsync(3, async () =>
                {
                    var result = await new CsvImporter().ImportAsync(path, bars.Key, null, default);
                    return result.Imported == count ? 0 : throw new InvalidOperationException($"imported {result.Imported}, expected {count}");
                });
                Report(name, count, took, $"{new FileInfo(path).Length / 1048576.0:N1} MiB file, best of 3");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The fastest of <paramref name="runs"/> timed runs (after one warm-up) and the process CPU time of that run: on a shared machine the wall time shows contention, the CPU time the work.</summary>
    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> BestOfWithCpuAsync(int runs, Func<Task<int>> run)
    {
        await run();
        var best = (Wall: TimeSpan.MaxValue, Cpu: TimeSpan.Zero);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await run();
            watch.Stop();
            process.Refresh();
            if (watch.Elapsed < best.Wall)
            {
                best = (watch.Elapsed, process.TotalProcessorTime - cpu);
            }
        }

        return best;
    }

    private static async Task<TimeSpan> BestOfAsync(int runs, Func<Task<int>> run)
    {
        await run();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void Report(string what, int rows, TimeSpan took, string note) =>
        Console.WriteLine($"{what,-28} {took.TotalMilliseconds,9:N1} ms  {rows / took.TotalSeconds / 1e6,7:N2} M rows/s  ({note})");
}
