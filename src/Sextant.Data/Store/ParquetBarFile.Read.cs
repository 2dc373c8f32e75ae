using System.Globalization;
using Parquet;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Data.Store;

internal static partial class ParquetBarFile
{
    /// <summary>Reads the whole partition into new arrays (see <see cref="PartitionReader"/>); any failure is a <see cref="DataException"/> naming the file and partition.</summary>
    public static async Task<BarSeries> ReadAsync(string path, SeriesKey key, string partition, CancellationToken cancellationToken)
    {
        await using var reader = await PartitionReader.OpenAsync(path, partition, cancellationToken);
        var n = reader.Rows;
        var times = GC.AllocateUninitializedArray<UnixNanos>(n);
        double[][] columns = [Columns(n), Columns(n), Columns(n), Columns(n), Columns(n)];
        await reader.ReadAsync(times, [columns[0], columns[1], columns[2], columns[3], columns[4]], cancellationToken);
        return new BarSeries(key, times, columns[0], columns[1], columns[2], columns[3], columns[4], n);

        static double[] Columns(int n) => GC.AllocateUninitializedArray<double>(n);
    }

    /// <summary>The open times of the partition only (one column decoded), for gap counts.</summary>
    public static async Task<UnixNanos[]> ReadTimesAsync(string path, string partition, CancellationToken cancellationToken)
    {
        await using var reader = await PartitionReader.OpenAsync(path, partition, cancellationToken);
        var times = GC.AllocateUninitializedArray<UnixNanos>(reader.Rows);
        await reader.ReadTimesAsync(times, cancellationToken);
        return times;
    }

    /// <summary>Rows, first and last bar time from the footer only (no column data is read).</summary>
    public static async Task<(long Rows, UnixNanos? First, UnixNanos? Last)> ReadInfoAsync(string path, string partition, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await using var reader = await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: false, cancellationToken);
            CheckSchema(reader, path, partition);
            var rows = reader.RowGroups.Sum(g => g.RowCount);
            return (rows, Time(reader, FirstKey), Time(reader, LastKey));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DataException)
        {
            throw new DataException("Cannot read stored bars", path, partition, ex);
        }

        static UnixNanos? Time(ParquetReader reader, string name) =>
            reader.CustomMetadata.TryGetValue(name, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ns) ? new UnixNanos(ns) : null;
    }
}
