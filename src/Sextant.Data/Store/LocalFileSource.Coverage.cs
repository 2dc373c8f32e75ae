using Sextant.Core.Bars;

namespace Sextant.Data.Store;

public sealed partial class LocalFileSource
{
    /// <summary>
    /// Ranges of <paramref name="key"/> known to be complete: the recorded coverage, or, for partitions copied in without a record,
    /// the span from each partition's first bar to the end of its last bar.
    /// </summary>
    public Task<IReadOnlyList<TimeRange>> GetCoverageAsync(SeriesKey key, CancellationToken cancellationToken) => ReadCoverageAsync(key, cancellationToken);

    private string CoveragePath(SeriesKey key) => Path.Combine(StoreLayout.SeriesDirectory(Options.Root, key), StoreLayout.CoverageFile);

    private async Task<IReadOnlyList<TimeRange>> ReadCoverageAsync(SeriesKey key, CancellationToken cancellationToken)
    {
        if (CoverageFile.Read(CoveragePath(key)) is { } recorded)
        {
            return recorded;
        }

        var spans = new List<TimeRange>();
        foreach (var (period, hot, archive) in PartitionsIn(key, TimeRange.All))
        {
            foreach (var path in new[] { hot, archive })
            {
                if (path is not null && await ParquetBarFile.ReadInfoAsync(path, StoreLayout.PartitionName(key, period), cancellationToken) is { First: { } first, Last: { } last })
                {
                    spans.Add(new TimeRange(first, last + key.Interval.Duration));
                }
            }
        }

        return TimeRanges.Union(spans);
    }
}
