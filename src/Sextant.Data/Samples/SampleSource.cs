using System.Collections.Concurrent;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Corporate;
using Sextant.Data.Csv;
using Sextant.Data.Sources;

namespace Sextant.Data.Samples;

/// <summary>
/// The <c>samples</c> source: the real bar files bundled in <c>data/samples</c>, parsed with <see cref="CsvImporter"/> on first use and kept in memory.
/// A series without a file is empty here. The DataManager asks it after the store and writes what it serves back into the store.
/// </summary>
public sealed class SampleSource : IDataSource
{
    /// <summary>The source name, <c>samples</c>.</summary>
    public const string SourceName = "samples";

    private readonly ConcurrentDictionary<SeriesKey, Lazy<Task<BarSeries>>> _loaded = new();

    /// <summary>Indexes the sample files in <paramref name="directory"/> (a missing folder means no samples).</summary>
    public SampleSource(string directory)
    {
        Directory = directory;
        CorporateActions = new CorporateActionsFolder(directory);
        Files = System.IO.Directory.Exists(directory)
            ? System.IO.Directory.EnumerateFiles(directory)
                .Select(p => SampleFile.TryParse(p, out var f) ? f : null)
                .OfType<SampleFile>()
                .OrderBy(f => f.Key.ToString(), StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>The folder read.</summary>
    public string Directory { get; }

    /// <summary>The sample files found, by series.</summary>
    public IReadOnlyList<SampleFile> Files { get; }

    /// <inheritdoc />
    public string Name => SourceName;

    /// <summary>True when a sample file holds <paramref name="key"/>.</summary>
    public bool Has(SeriesKey key) => Files.Any(f => f.Key == key);

    /// <summary>The whole sample series of <paramref name="key"/> (empty when there is no file); parsed once, then served from memory.</summary>
    public Task<BarSeries> LoadAsync(SeriesKey key, CancellationToken cancellationToken)
    {
        var file = Files.FirstOrDefault(f => f.Key == key);
        if (file is null)
        {
            return Task.FromResult(BarSeries.Empty(key));
        }

        var lazy = _loaded.GetOrAdd(key, _ => new Lazy<Task<BarSeries>>(async () =>
            (await new CsvImporter(new CsvImportOptions { Strict = true }).ImportAsync(file.Path, key, null, CancellationToken.None)).Bars));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    /// <summary>The span the sample covers, [first bar, end of last bar); empty when there is no sample.</summary>
    public async Task<TimeRange> GetAvailableRangeAsync(SeriesKey key, CancellationToken cancellationToken)
    {
        var bars = await LoadAsync(key, cancellationToken);
        return bars.Count == 0 ? default : new TimeRange(bars.Times[0], bars.Times[^1] + key.Interval.Duration);
    }

    /// <inheritdoc />
    public async Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken) =>
        (await LoadAsync(key, cancellationToken)).Slice(range);

    /// <summary>The bundled Lean factor and map files (<c>lean_factor_files/</c>, <c>lean_map_files/</c>), the source of the samples' events.</summary>
    public CorporateActionsFolder CorporateActions { get; }

    /// <summary>Always empty: no bundled data set holds fundamentals (shares outstanding, EPS…), and none is invented.</summary>
    public Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FundamentalValue>>([]);

    /// <summary>Splits, dividends and ticker changes of <paramref name="symbol"/> derived from the bundled Lean factor and map files (see <see cref="CorporateEvents.Derive"/>).</summary>
    public Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        Task.FromResult(CorporateActions.GetEvents(symbol, range));
}
