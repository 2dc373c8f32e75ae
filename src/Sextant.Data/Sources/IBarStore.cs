using Sextant.Core.Bars;

namespace Sextant.Data.Sources;

/// <summary>A data source that also keeps bars: the local Parquet store. Writes merge with what is stored and are atomic.</summary>
public interface IBarStore : IDataSource
{
    /// <summary>Merges <paramref name="bars"/> into the store (sorted; a bar with a stored timestamp replaces the stored one) and records <paramref name="covered"/> as fetched, so a range that held no bars (a halt, a weekend) is not fetched again.</summary>
    Task WriteBarsAsync(BarSeries bars, TimeRange covered, CancellationToken cancellationToken);

    /// <summary>The ranges of <paramref name="key"/> known to be complete in the store (written bars and recorded coverage), merged and sorted.</summary>
    Task<IReadOnlyList<TimeRange>> GetCoverageAsync(SeriesKey key, CancellationToken cancellationToken);
}
