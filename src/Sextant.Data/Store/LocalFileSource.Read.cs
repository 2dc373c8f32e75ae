using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Data.Store;

public sealed partial class LocalFileSource
{
    /// <summary>
    /// Bars of <paramref name="key"/> in <paramref name="range"/> from both tiers (a period present in both is merged, the hot copy winning).
    /// Every partition's footer is read first, so the result arrays are allocated once at their final size; then the partitions are
    /// decoded in parallel straight into their slices of those arrays. Throws <see cref="Sources.DataException"/> naming a corrupt
    /// partition in the range; partitions outside the range are never opened.
    /// </summary>
    public async Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken)
    {
        var groups = PartitionsIn(key, range);
        if (groups.Count == 0)
        {
            return BarSeries.Empty(key);
        }

        var readers = new PartitionReader?[groups.Count];
        var merged = new BarSeries?[groups.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, groups.Count), parallel, async (i, ct) =>
            {
                var (period, hot, archive) = groups[i];
                var name = StoreLayout.PartitionName(key, period);
                var whole = range.Start <= period.Start && period.End <= range.End;
                if (whole && (hot is null) != (archive is null))
                {
                    readers[i] = await PartitionReader.OpenAsync(hot ?? archive!, name, ct);
                    return;
                }

                // In both tiers (an interrupted archive run) or cut by the range: merge and slice first.
                var older = archive is null ? BarSeries.Empty(key) : await ParquetBarFile.ReadAsync(archive, key, name, ct);
                var newer = hot is null ? BarSeries.Empty(key) : await ParquetBarFile.ReadAsync(hot, key, name, ct);
                var both = BarMerge.Merge(older, newer);
                merged[i] = whole ? both : both.Slice(range);
            });

            var offsets = new int[groups.Count + 1];
            for (var i = 0; i < groups.Count; i++)
            {
                offsets[i + 1] = checked(offsets[i] + (readers[i]?.Rows ?? merged[i]!.Count));
            }

            var n = offsets[^1];
            var times = GC.AllocateUninitializedArray<UnixNanos>(n);
            double[][] cols = [Column(n), Column(n), Column(n), Column(n), Column(n)];
            await Parallel.ForEachAsync(Enumerable.Range(0, groups.Count), parallel, async (i, ct) =>
            {
                var (at, count) = (offsets[i], offsets[i + 1] - offsets[i]);
                if (readers[i] is { } reader)
                {
                    await reader.ReadAsync(times.AsMemory(at, count), [.. cols.Select(c => c.AsMemory(at, count))], ct);
                }
                else
                {
                    CopyInto(merged[i]!, times, cols, at);
                }
            });
            return new BarSeries(key, times, cols[0], cols[1], cols[2], cols[3], cols[4], n);
        }
        finally
        {
            foreach (var reader in readers)
            {
                if (reader is not null)
                {
                    await reader.DisposeAsync();
                }
            }
        }

        static double[] Column(int n) => GC.AllocateUninitializedArray<double>(n);
    }

    private static void CopyInto(BarSeries part, UnixNanos[] times, double[][] cols, int at)
    {
        part.Times.CopyTo(times.AsSpan(at));
        part.Open.CopyTo(cols[0].AsSpan(at));
        part.High.CopyTo(cols[1].AsSpan(at));
        part.Low.CopyTo(cols[2].AsSpan(at));
        part.Close.CopyTo(cols[3].AsSpan(at));
        part.Volume.CopyTo(cols[4].AsSpan(at));
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
