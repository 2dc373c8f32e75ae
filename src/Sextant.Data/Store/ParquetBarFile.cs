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
internal static partial class ParquetBarFile
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

    internal static DataField[] CheckSchema(ParquetReader reader, string path, string partition)
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
