using BenchmarkDotNet.Attributes;
using Sextant.Benchmarks.Workloads;
using Sextant.Core.Bars;
using Sextant.Data.Csv;
using Sextant.Data.Store;

namespace Sextant.Benchmarks.Store;

/// <summary>BenchmarkDotNet: reading 1 M stored bars into arrays and importing a 1 M-row CSV.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Count = 1_000_000;
    private string _dir = "";
    private string _csv = "";
    private LocalFileSource _store = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dir = Path.Combine(Path.GetTempPath(), "sextant-bdn-" + Guid.NewGuid().ToString("N")[..8]);
        var bars = await BenchData.TiledAsync(Count);
        _store = new LocalFileSource(new LocalStoreOptions { Root = Path.Combine(_dir, "store"), ArchiveRoot = Path.Combine(_dir, "archive") });
        await _store.WriteBarsAsync(bars, new TimeRange(bars.Times[0], bars.Times[^1] + TimeSpan.FromMinutes(1)), default);
        _csv = Path.Combine(_dir, "bars.csv");
        BenchData.WriteCsv(_csv, bars);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark]
    public async Task<int> ReadMillionBars() => (await _store.GetBarsAsync(BenchData.Key, TimeRange.All, default)).Count;

    [Benchmark]
    public async Task<int> ImportMillionRowCsv() => (await new CsvImporter().ImportAsync(_csv, BenchData.Key, null, default)).Imported;
}
