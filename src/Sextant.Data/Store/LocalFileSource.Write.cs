using Sextant.Core.Bars;

namespace Sextant.Data.Store;

public sealed partial class LocalFileSource
{
    /// <summary>
    /// Merges <paramref name="bars"/> into their partitions (a bar replaces a stored bar with the same open time; other stored bars and gaps stay),
    /// each partition rewritten atomically in the tier it lives in, then records <paramref name="covered"/> and the span of the bars as covered.
    /// </summary>
    public async Task WriteBarsAsync(BarSeries bars, TimeRange covered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var key = bars.Key;
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var start = 0;
            while (start < bars.Count)
            {
                var period = Period.Of(key.Interval, bars.Times[start]);
                var end = bars.LowerBound(period.End);
                await MergePartitionAsync(key, period, bars.Slice(period.Range), cancellationToken);
                start = end;
            }

            var coverage = new List<TimeRange>(await ReadCoverageAsync(key, cancellationToken)) { covered };
            if (bars.Count > 0)
            {
                coverage.Add(new TimeRange(bars.Times[0], bars.Times[^1] + key.Interval.Duration));
            }

            CoverageFile.Write(CoveragePath(key), key, TimeRanges.Union(coverage));
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task MergePartitionAsync(SeriesKey key, Period period, BarSeries incoming, CancellationToken cancellationToken)
    {
        var hotPath = StoreLayout.PartitionPath(Options.Root, key, period);
        var archivePath = StoreLayout.PartitionPath(Options.ArchiveRoot, key, period);
        var inArchive = File.Exists(archivePath);
        var inHot = File.Exists(hotPath);
        if (inArchive && !inHot)
        {
            // The period was archived: keep it there, at archive compression.
            var archived = await ParquetBarFile.ReadAsync(archivePath, key, StoreLayout.PartitionName(key, period), cancellationToken);
            await WritePartitionAsync(StoreTier.Archive, key, period, BarMerge.Merge(archived, incoming), cancellationToken);
            return;
        }

        var stored = BarMerge.Merge(
            await ReadIfExistsAsync(archivePath, key, period, cancellationToken),
            await ReadIfExistsAsync(hotPath, key, period, cancellationToken));
        await WritePartitionAsync(StoreTier.Hot, key, period, BarMerge.Merge(stored, incoming), cancellationToken);
        if (inArchive)
        {
            // An archive run was interrupted before it removed the hot copy; the merged hot file now holds both.
            File.Delete(archivePath);
        }
    }
}
