using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Gaps;
using Sextant.Data.Sources;

namespace Sextant.Data.Store;

public sealed partial class LocalFileSource
{
    /// <summary>
    /// Every stored series, one entry per tier: rows from the footers, and gaps from the open-time column alone (the price columns are
    /// never decoded), by the rule for the venue's asset class (<see cref="SeriesGaps"/>). An unreadable file is reported in
    /// <see cref="StoredSeries.Problem"/> and the rest of the series is still listed.
    /// </summary>
    public async Task<IReadOnlyList<StoredSeries>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<StoredSeries>();
        foreach (var tier in new[] { StoreTier.Hot, StoreTier.Archive })
        {
            foreach (var key in StoreLayout.Series(Root(tier)).OrderBy(k => k.ToString(), StringComparer.Ordinal))
            {
                var partitions = StoreLayout.Partitions(Root(tier), key).Values.ToList();
                if (partitions.Count > 0)
                {
                    result.Add(await DescribeAsync(key, tier, partitions, cancellationToken));
                }
            }
        }

        return result;
    }

    private static async Task<StoredSeries> DescribeAsync(SeriesKey key, StoreTier tier, List<(Period Period, string Path)> partitions, CancellationToken cancellationToken)
    {
        var times = new UnixNanos[partitions.Count][];
        var problems = new string?[partitions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, partitions.Count), cancellationToken, async (i, ct) =>
        {
            var (period, path) = partitions[i];
            try
            {
                times[i] = await ParquetBarFile.ReadTimesAsync(path, StoreLayout.PartitionName(key, period), ct);
            }
            catch (DataException)
            {
                problems[i] = $"{period.Name} unreadable ({Path.GetFileName(path)})";
            }
        });

        var all = new UnixNanos[times.Sum(t => t?.Length ?? 0)];
        var at = 0;
        foreach (var part in times)
        {
            part?.CopyTo(all, at);
            at += part?.Length ?? 0;
        }

        var assetClass = KnownVenues.AssetClassOf(key.Venue);
        // An unreadable partition is unknown, not empty: a gap that reaches into it is not counted.
        var unknown = partitions.Where((_, i) => times[i] is null).Select(p => p.Period.Range).ToList();
        var gaps = SeriesGaps.Find(all, key.Interval, assetClass).Where(g => !unknown.Any(u => u.Start < g.End && g.Start < u.End)).ToList();
        var longest = gaps.Count == 0 ? (TimeRange?)null : gaps.MaxBy(g => g.End.Value - g.Start.Value);
        var problem = problems.Any(p => p is not null) ? string.Join("; ", problems.Where(p => p is not null)) : null;
        return new StoredSeries(key, tier, partitions.Count, all.Length, all.Length == 0 ? null : all[0], all.Length == 0 ? null : all[^1],
            partitions.Sum(p => new FileInfo(p.Path).Length), problem, gaps.Count, SeriesGaps.RuleFor(key.Interval, assetClass), longest);
    }
}
