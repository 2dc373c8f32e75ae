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
}
