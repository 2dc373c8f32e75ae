using Sextant.Cli.Hosting;
using Sextant.Config.Loading;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Samples;
using Sextant.Data.Sources;
using Sextant.Data.Store;

namespace Sextant.Cli.Commands;

/// <summary>Where the CLI's verbs read bars from: the local store, filled from the bundled samples on first use.</summary>
internal static class DataAccess
{
    public static IDataSource Open(CliContext context, LoadedConfig loaded)
    {
        var root = ProjectLayout.FindRoot(context.WorkingDirectory) ?? context.WorkingDirectory;
        var store = LocalFileSource.FromConfig(loaded.Config.Data, root);
        var samples = Path.GetFullPath(loaded.Config.Data.Samples, root);
        return new StoreWithSamples(store, Directory.Exists(samples) ? new SampleSource(samples) : null);
    }

    private sealed class StoreWithSamples(LocalFileSource store, SampleSource? samples) : IDataSource
    {
        public string Name => store.Name;

        public async Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken)
        {
            if (samples is not null && samples.Has(key) && (await store.GetCoverageAsync(key, cancellationToken)).Count == 0)
            {
                var bars = await samples.LoadAsync(key, cancellationToken);
                await store.WriteBarsAsync(bars, await samples.GetAvailableRangeAsync(key, cancellationToken), cancellationToken);
            }

            return await store.GetBarsAsync(key, range, cancellationToken);
        }

        public Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
            store.GetFundamentalsAsync(symbol, range, cancellationToken);

        public Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
            store.GetEventsAsync(symbol, range, cancellationToken);
    }
}
