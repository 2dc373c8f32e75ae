using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Data.Store;

public sealed partial class LocalFileSource
{
    /// <summary>
    /// Bars of <paramref name="key"/> in <paramref name="range"/> from both tiers (a period present in both is merged, the hot copy winning),
    /// partitions read in parallel straight into arrays. Throws <see cref="Sources.DataException"/> naming a corrupt partition in the range.
    /// </summary>
    public async Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken)
    {
        var groups = PartitionsIn(key, range);
        if (groups.Count == 0)
        {
            return BarSeries.Empty(key);
        }

        var parts = new BarSeries[groups.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, groups.Count), new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount),
        }, async (i, ct) =>
        {
            var (period, hot, archive) = groups[i];
            var older = archive is null ? BarSeries.Empty(key) : await ParquetBarFile.ReadAsync(archive, key, StoreLayout.PartitionName(key, period), ct);
            var newer = hot is null ? BarSeries.Empty(key) : await ParquetBarFile.ReadAsync(hot, key, StoreLayout.PartitionName(key, period), ct);
            var merged = BarMerge.Merge(older, newer);
            parts[i] = range.Start <= period.Start && period.End <= range.End ? merged : merged.Slice(range);
        });
        return BarMerge.Concat(key, parts);
    }

    /// <summary>Periods of <paramref name="key"/> overlapping <paramref name="range"/>, in time order, with their file in each tier (null when absent).</summary>
    private List<(Period Period, string? Hot, string? Archive)> PartitionsIn(SeriesKey key, TimeRange range)
    {
        var all = new SortedDictionary<UnixNanos, (Period Period, string? Hot, string? Archive)>();
        foreach (var (start, (period, path)) in StoreLayout.Partitions(Options.ArchiveRoot, key))
        {
            all[start] = (period, null, path);
        }

        foreach (var (start, (period, path)) in StoreLayout.Partitions(Options.Root, key))
        {
            all[start] = (period, path, all.TryGetValue(start, out var a) ? a.Archive : null);
        }

        return all.Values.Where(p => p.Period.Start < range.End && range.Start < p.Period.End).ToList();
    }
}
