using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Data.Store;

public sealed partial class LocalFileSource
{
    /// <summary>
    /// Moves every hot partition whose period ends at or before <paramref name="before"/> to the archive tier: rewritten at the archive
    /// compression level (atomically, merged with an archived copy if one exists), then the hot file is deleted. Reads are unaffected.
    /// </summary>
    public async Task<IReadOnlyList<ArchivedPartition>> ArchiveAsync(UnixNanos before, CancellationToken cancellationToken)
    {
        var moved = new List<ArchivedPartition>();
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            foreach (var key in StoreLayout.Series(Options.Root).ToList())
            {
                foreach (var (period, hotPath) in StoreLayout.Partitions(Options.Root, key).Values.Where(p => p.Period.End <= before).ToList())
                {
                    var bytesBefore = new FileInfo(hotPath).Length;
                    var hot = await ParquetBarFile.ReadAsync(hotPath, key, StoreLayout.PartitionName(key, period), cancellationToken);
                    var archivePath = StoreLayout.PartitionPath(Options.ArchiveRoot, key, period);
                    var merged = BarMerge.Merge(await ReadIfExistsAsync(archivePath, key, period, cancellationToken), hot);
                    await WritePartitionAsync(StoreTier.Archive, key, period, merged, cancellationToken);
                    File.Delete(hotPath);
                    var bytesAfter = new FileInfo(archivePath).Length;
                    var name = StoreLayout.PartitionName(key, period);
                    Log.PartitionArchived(_logger, name, bytesBefore, bytesAfter);
                    moved.Add(new ArchivedPartition(key, period.Name, merged.Count, bytesBefore, bytesAfter));
                }
            }
        }
        finally
        {
            _writeLock.Release();
        }

        return moved;
    }

    /// <summary>Every stored series, one entry per tier, from file footers only (fast); an unreadable file is reported in <see cref="StoredSeries.Problem"/>.</summary>
    public async Task<IReadOnlyList<StoredSeries>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<StoredSeries>();
        foreach (var tier in new[] { StoreTier.Hot, StoreTier.Archive })
        {
            foreach (var key in StoreLayout.Series(Root(tier)).OrderBy(k => k.ToString(), StringComparer.Ordinal))
            {
                var partitions = StoreLayout.Partitions(Root(tier), key).Values.ToList();
                if (partitions.Count == 0)
                {
                    continue;
                }

                long rows = 0, bytes = 0;
                UnixNanos? first = null, last = null;
                var problems = new List<string>();
                foreach (var (period, path) in partitions)
                {
                    bytes += new FileInfo(path).Length;
                    try
                    {
                        var info = await ParquetBarFile.ReadInfoAsync(path, StoreLayout.PartitionName(key, period), cancellationToken);
                        rows += info.Rows;
                        first = first is null || info.First < first ? info.First ?? first : first;
                        last = last is null || info.Last > last ? info.Last ?? last : last;
                    }
                    catch (Sources.DataException)
                    {
                        problems.Add($"{period.Name} unreadable ({Path.GetFileName(path)})");
                    }
                }

                result.Add(new StoredSeries(key, tier, partitions.Count, rows, first, last, bytes, problems.Count == 0 ? null : string.Join("; ", problems)));
            }
        }

        return result;
    }
}
