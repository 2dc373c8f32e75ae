using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Sources;

namespace Sextant.Data.Tests.Support;

/// <summary>A remote source at the outer edge: serves slices of real bars, records every request, and can be told to fail.</summary>
internal sealed class CountingSource(string name, BarSeries? bars = null, Exception? failure = null) : IDataSource
{
    public string Name { get; } = name;

    public List<(SeriesKey Key, TimeRange Range)> Requests { get; } = [];

    public Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken)
    {
        Requests.Add((key, range));
        if (failure is not null)
        {
            throw failure;
        }

        return Task.FromResult(bars is null || bars.Key != key ? BarSeries.Empty(key) : bars.Slice(range));
    }

    public Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FundamentalValue>>([]);

    public Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MarketEvent>>([]);
}
