using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Samples;
using Sextant.Data.Sources;
using Sextant.Data.Store;

namespace Sextant.Data.Routing;

/// <summary>
/// The one place bars come from. Each request is routed by <c>data.routes</c> (asset class / venue / symbol) to an ordered list of sources:
/// the local store first, then the bundled <c>samples</c>, then the route's remote sources. Only the ranges the store does not cover are fetched,
/// each from the first source that serves it; fetched bars are written back to the store (<c>data.write_back</c>), so an identical second
/// request reads the store alone. A failing source is logged and the next one tried; when every source fails, a <see cref="DataException"/>
/// names the series and the sources tried.
/// </summary>
public sealed partial class DataManager : IDataSource
{
    private readonly DataConfig _config;
    private readonly Dictionary<string, IDataSource> _remotes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates a manager over explicit parts; most callers use <see cref="Create"/>.</summary>
    /// <param name="config">The <c>data:</c> section (routes, write-back, source types).</param>
    /// <param name="store">The local Parquet store.</param>
    /// <param name="samples">The bundled samples; null for none.</param>
    /// <param name="remotes">Further sources, registered under their <see cref="IDataSource.Name"/> as <c>data.routes</c> names them.</param>
    /// <param name="timeProvider">The clock that keeps the still-forming bar out of recorded coverage. Default system.</param>
    /// <param name="logger">Warnings about failing sources. Default none.</param>
    public DataManager(DataConfig config, LocalFileSource store, SampleSource? samples, IEnumerable<IDataSource>? remotes = null, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(store);
        _config = config;
        Store = store;
        Samples = samples;
        _remotes = (remotes ?? []).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// The manager the <c>data:</c> section describes: the store and archive, and the samples folder, with relative paths resolved against
    /// <paramref name="rootDirectory"/> (the project folder), plus <paramref name="extraSources"/> (e.g. Binance US, Alpaca) by name.
    /// </summary>
    public static DataManager Create(SextantConfig config, string rootDirectory, IEnumerable<IDataSource>? extraSources = null, ILogger? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var store = LocalFileSource.FromConfig(config.Data, rootDirectory, logger);
        var samples = new SampleSource(Path.GetFullPath(config.Data.Samples, rootDirectory));
        return new DataManager(config.Data, store, samples, extraSources, timeProvider, logger);
    }

    /// <summary><c>data</c>.</summary>
    public string Name => "data";

    /// <summary>The local store (hot and archive tiers).</summary>
    public LocalFileSource Store { get; }

    /// <summary>The bundled samples, or null.</summary>
    public SampleSource? Samples { get; }

    /// <summary>Bars of <paramref name="key"/> in <paramref name="range"/>; the asset class for routing comes from the venue (see <see cref="AssetClassOf"/>).</summary>
    public Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken) =>
        GetBarsAsync(key, range, null, cancellationToken);

    /// <summary>
    /// Fundamentals of <paramref name="symbol"/> from the first source that has any: the store, the samples, then the remote sources.
    /// None of them holds fundamentals today (no bundled data set provides them), so this is empty unless a remote source adds them.
    /// </summary>
    public Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        FirstNonEmptyAsync(symbol, (s, ct) => s.GetFundamentalsAsync(symbol, range, ct), cancellationToken);

    /// <summary>
    /// Splits, dividends and ticker changes of <paramref name="symbol"/> in <paramref name="range"/> from the first source that has any, in
    /// routing order: the store (its Lean factor and map files), the bundled samples, then the remote sources. A failing source is logged
    /// and the next one asked.
    /// </summary>
    public Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        FirstNonEmptyAsync(symbol, (s, ct) => s.GetEventsAsync(symbol, range, ct), cancellationToken);

    private async Task<IReadOnlyList<T>> FirstNonEmptyAsync<T>(Symbol symbol, Func<IDataSource, CancellationToken, Task<IReadOnlyList<T>>> get, CancellationToken cancellationToken)
    {
        IEnumerable<IDataSource> ordered = Samples is null ? [Store, .. _remotes.Values] : [Store, Samples, .. _remotes.Values];
        foreach (var source in ordered)
        {
            try
            {
                var values = await get(source, cancellationToken);
                if (values.Count > 0)
                {
                    return values;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SymbolSourceFailed(_logger, ex, source.Name, symbol);
            }
        }

        return [];
    }
}
