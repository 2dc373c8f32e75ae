using Sextant.Core.Bars;
using Sextant.Core.Instruments;

namespace Sextant.Data.Sources;

/// <summary>
/// One place market data comes from: the local Parquet store, a venue's REST API, a CSV file. Every request is
/// keyed by series (venue, symbol, interval) or symbol and a UTC time range [start, end).
/// </summary>
public interface IDataSource
{
    /// <summary>Short name used in config routes and messages, e.g. <c>local</c>, <c>binanceus</c>, <c>alpaca</c>.</summary>
    string Name { get; }

    /// <summary>Bars of <paramref name="key"/> whose open time lies in <paramref name="range"/>, columnar and sorted; empty when there are none.</summary>
    Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken);

    /// <summary>Fundamental values (shares outstanding, EPS…) of <paramref name="symbol"/> reported in <paramref name="range"/>; empty when the source has none.</summary>
    Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken);

    /// <summary>Corporate and market events (splits, dividends, listings, funding, news) of <paramref name="symbol"/> in <paramref name="range"/>; empty when the source has none.</summary>
    Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken);
}
