using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Corporate;
using Sextant.Data.Sources;

namespace Sextant.Data.Store;

/// <summary>
/// The local Parquet store: one file per venue / symbol / interval / period (a UTC month for bars under an hour, a UTC year otherwise),
/// in a hot tier and an archive tier that reads span transparently. Writes merge with what is stored and are atomic.
/// A corrupt or truncated file fails only the reads that touch its partition, with a <see cref="DataException"/> naming it.
/// Safe for concurrent reads; writes within one process are serialized.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The SemaphoreSlim never allocates its wait handle (AvailableWaitHandle is unused), so there is nothing to dispose.")]
public sealed partial class LocalFileSource : IBarStore
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ILogger _logger;

    /// <summary>Creates the store over <paramref name="options"/>' folders; nothing is created until the first write.</summary>
    public LocalFileSource(LocalStoreOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        CorporateActions = new CorporateActionsFolder(options.Root);
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The store built from the <c>data:</c> section, with relative folders resolved against <paramref name="rootDirectory"/>.</summary>
    public static LocalFileSource FromConfig(DataConfig config, string rootDirectory, ILogger? logger = null) =>
        new(LocalStoreOptions.FromConfig(config, rootDirectory), logger);

    /// <summary><c>local</c>, as in <c>data.routes</c>.</summary>
    public string Name => DataRouteConfig.Local;

    /// <summary>The folders and compression in use.</summary>
    public LocalStoreOptions Options { get; }

    /// <summary>Test seam: called with the temporary file's path after it is written and before it replaces the partition.</summary>
    internal Action<string>? BeforeCommit { get; set; }

    /// <summary>The store's Lean factor and map files (<c>lean_factor_files/</c>, <c>lean_map_files/</c> under <see cref="LocalStoreOptions.Root"/>), the source of its events.</summary>
    public CorporateActionsFolder CorporateActions { get; }

    /// <summary>Always empty: the store keeps no fundamentals (no bundled or supported source provides them).</summary>
    public Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FundamentalValue>>([]);

    /// <summary>Splits, dividends and ticker changes of <paramref name="symbol"/> derived from the store's Lean factor and map files (see <see cref="CorporateEvents.Derive"/>); empty when it has none.</summary>
    public Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        Task.FromResult(CorporateActions.GetEvents(symbol, range));

    private string Root(StoreTier tier) => tier == StoreTier.Hot ? Options.Root : Options.ArchiveRoot;

    private CompressionEffort Level(StoreTier tier) => tier == StoreTier.Hot ? Options.Level : Options.ArchiveLevel;

    private Task WritePartitionAsync(StoreTier tier, SeriesKey key, Period period, BarSeries bars, CancellationToken cancellationToken)
    {
        var name = StoreLayout.PartitionName(key, period);
        Log.PartitionWritten(_logger, name, bars.Count, tier);
        return ParquetBarFile.WriteAsync(StoreLayout.PartitionPath(Root(tier), key, period), bars, name, Options.Compression, Level(tier), BeforeCommit, cancellationToken);
    }

    private static async Task<BarSeries> ReadIfExistsAsync(string path, SeriesKey key, Period period, CancellationToken cancellationToken) =>
        File.Exists(path) ? await ParquetBarFile.ReadAsync(path, key, StoreLayout.PartitionName(key, period), cancellationToken) : BarSeries.Empty(key);
}
