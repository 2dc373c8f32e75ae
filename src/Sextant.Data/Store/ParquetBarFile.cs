using System.Globalization;
using System.IO.Compression;
using Parquet;
using Parquet.Schema;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Data.Store;

/// <summary>
/// Reads and writes one partition file: columns <c>ts</c> (timestamp, milliseconds, adjusted to UTC), <c>open</c>, <c>high</c>, <c>low</c>,
/// <c>close</c>, <c>volume</c> (double); key-value metadata <c>sextant.schema_version</c>, <c>sextant.series</c>, <c>sextant.partition</c>,
/// <c>sextant.first_ns</c>, <c>sextant.last_ns</c>. Columns are read straight into arrays, never one object per bar.
/// </summary>
internal static class ParquetBarFile
{
    public const int SchemaVersion = 1;
    public const string SchemaVersionKey = "sextant.schema_version";
    private const string FirstKey = "sextant.first_ns";
    private const string LastKey = "sextant.last_ns";
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;

    private static readonly DateTimeDataField Ts = new("ts", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis);
    private static readonly DataField<double>[] Prices = [new("open"), new("high"), new("low"), new("close"), new("volume")];
    private static readonly ParquetSchema Schema = new([Ts, .. Prices]);

    /// <summary>Writes <paramref name="bars"/> to <paramref name="path"/> atomically: a temporary file in the same folder, flushed, then renamed over.</summary>
    public static async Task WriteAsync(string path, BarSeries bars, string partition, Compression codec, CompressionEffort effort, Action<string>? beforeCommit, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await WriteToAsync(stream, bars, partition, codec, effort, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            beforeCommit?.Invoke(temp);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static async Task WriteToAsync(Stream stream, BarSeries bars, string partition, Compression codec, CompressionEffort effort, CancellationToken cancellationToken)
    {
        var options = new ParquetOptions { CompressionMethod = Codec(codec), CompressionLevel = Level(effort) };
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, options, append: false, cancellationToken);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            [SchemaVersionKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
            ["sextant.series"] = bars.Key.ToString(),
            ["sextant.partition"] = partition,
            [FirstKey] = bars.Count == 0 ? "" : bars.Times[0].Value.ToString(CultureInfo.InvariantCulture),
            [LastKey] = bars.Count == 0 ? "" : bars.Times[^1].Value.ToString(CultureInfo.InvariantCulture),
        };
        var times = new DateTime[bars.Count];
        var source = bars.Times;
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = new DateTime(EpochTicks + (source[i].Value / 100), DateTimeKind.Utc);
        }

        using var group = writer.CreateRowGroup();
        await group.WriteAsync<DateTime>(Ts, times, null, null, cancellationToken);
        await group.WriteAsync<double>(Prices[0], bars.Open.ToArray(), null, null, cancellationToken);
        await group.WriteAsync<double>(Prices[1], bars.High.ToArray(), null, null, cancellationToken);
        await group.WriteAsync<double>(Prices[2], bars.Low.ToArray(), null, null, cancellationToken);
        await group.WriteAsync<double>(Prices[3], bars.Close.ToArray(), null, null, cancellationToken);
        await group.WriteAsync<double>(Prices[4], bars.Volume.ToArray(), null, null, cancellationToken);
    }

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

    private static DataField[] CheckSchema(ParquetReader reader, string path, string partition)
    {
        if (reader.CustomMetadata.TryGetValue(SchemaVersionKey, out var text)
            && (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version) || version > SchemaVersion))
        {
            throw new DataException($"Unsupported schema version '{text}' (this build reads up to {SchemaVersion})", path, partition);
        }

        var fields = reader.Schema.DataFields;
        if (fields.Length != 6 || fields[0].Name != "ts" || fields[0].ClrType != typeof(DateTime)
            || fields.Skip(1).Select(f => f.Name).SequenceEqual(Prices.Select(p => p.Name)) is false
            || fields.Skip(1).Any(f => f.ClrType != typeof(double)))
        {
            throw new DataException($"Unexpected columns [{string.Join(", ", fields.Select(f => $"{f.Name}:{f.ClrType.Name}"))}], expected ts, open, high, low, close, volume", path, partition);
        }

        return fields;
    }

    private static CompressionMethod Codec(Compression codec) => codec switch
    {
        Compression.Snappy => CompressionMethod.Snappy,
        Compression.Gzip => CompressionMethod.Gzip,
        Compression.None => CompressionMethod.None,
        _ => CompressionMethod.Zstd,
    };

    private static CompressionLevel Level(CompressionEffort effort) => effort switch
    {
        CompressionEffort.Fastest => CompressionLevel.Fastest,
        CompressionEffort.Smallest => CompressionLevel.SmallestSize,
        _ => CompressionLevel.Optimal,
    };
}
