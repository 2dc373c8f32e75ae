using System.Globalization;
using Parquet;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Data.Store;

internal static partial class ParquetBarFile
{
    /// <summary>Reads the whole partition; any failure becomes a <see cref="DataException"/> naming the file and partition.</summary>
    public static async Task<BarSeries> ReadAsync(string path, SeriesKey key, string partition, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            await using var reader = await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: false, cancellationToken);
            var fields = CheckSchema(reader, path, partition);
            var total = 0L;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                total += reader.RowGroups[g].RowCount;
            }

            var n = checked((int)total);
            var dates = new DateTime[n];
            double[][] columns = [new double[n], new double[n], new double[n], new double[n], new double[n]];
            var offset = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var rows = checked((int)group.RowCount);
                await group.ReadAsync<DateTime>(fields[0], dates.AsMemory(offset, rows), null, cancellationToken);
                for (var c = 0; c < 5; c++)
                {
                    await group.ReadAsync<double>(fields[c + 1], columns[c].AsMemory(offset, rows), null, cancellationToken);
                }

                offset += rows;
            }

            var times = new UnixNanos[n];
            for (var i = 0; i < n; i++)
            {
                times[i] = new UnixNanos((dates[i].Ticks - EpochTicks) * 100);
            }

            return new BarSeries(key, times, columns[0], columns[1], columns[2], columns[3], columns[4], n);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DataException)
        {
            throw new DataException("Cannot read stored bars", path, partition, ex);
        }
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
