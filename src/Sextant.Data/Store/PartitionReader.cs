using Parquet;
using Parquet.Meta;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Data.Store;

/// <summary>
/// One open partition file: its footer parsed once (Parquet.Net), then its columns decoded straight into caller-supplied spans. Files in
/// the layout Sextant writes (required INT64/DOUBLE columns, PLAIN pages, zstd or uncompressed) are decoded here: each page is
/// decompressed directly into the destination, with no intermediate buffer or per-row conversion except milliseconds → nanoseconds.
/// Any other layout (dictionary pages, other codecs, files written by other tools) is read through Parquet.Net instead. The file stays
/// open until disposed, so a concurrent atomic replace cannot change what is read. Every failure is a <see cref="DataException"/> naming
/// the file and partition.
/// </summary>
internal sealed partial class PartitionReader : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly ParquetReader _parquet;
    private readonly ColumnChunk[][] _chunks;

    private PartitionReader(string path, string partition, FileStream stream, ParquetReader parquet)
    {
        (Path, Partition, _stream, _parquet) = (path, partition, stream, parquet);
        var fields = ParquetBarFile.CheckSchema(parquet, path, partition);
        var meta = parquet.Metadata ?? throw new DataException("Footer has no metadata", path, partition);
        _chunks = meta.RowGroups.Select(g => g.Columns.ToArray()).ToArray();
        Fields = fields;
        Rows = checked((int)meta.RowGroups.Sum(g => g.NumRows));
        Direct = meta.RowGroups.All(g => g.Columns.Count == 6 && g.Columns.All(DecodableChunk))
            && meta.Schema.Skip(1).All(e => e.RepetitionType is null or FieldRepetitionType.REQUIRED);
    }

    public string Path { get; }

    public string Partition { get; }

    /// <summary>Bars in the file (from the footer).</summary>
    public int Rows { get; }

    /// <summary>True when this reader decodes the pages itself rather than through Parquet.Net.</summary>
    public bool Direct { get; }

    private Parquet.Schema.DataField[] Fields { get; }

    /// <summary>Opens <paramref name="path"/> and reads its footer; a missing, truncated or foreign file throws <see cref="DataException"/>.</summary>
    public static async Task<PartitionReader> OpenAsync(string path, string partition, CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.RandomAccess);
            var parquet = await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: true, cancellationToken);
            return new PartitionReader(path, partition, stream, parquet);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            throw ex as DataException ?? new DataException("Cannot read stored bars", path, partition, ex);
        }
    }

    /// <summary>Decodes every column into the first <see cref="Rows"/> elements of the destinations (prices in open, high, low, close, volume order).</summary>
    public Task ReadAsync(Memory<UnixNanos> times, Memory<double>[] prices, CancellationToken cancellationToken) =>
        ReadColumnsAsync(times, prices, cancellationToken);

    /// <summary>Decodes only the open times (for gap counts).</summary>
    public Task ReadTimesAsync(Memory<UnixNanos> times, CancellationToken cancellationToken) =>
        ReadColumnsAsync(times, [], cancellationToken);

    private async Task ReadColumnsAsync(Memory<UnixNanos> times, Memory<double>[] prices, CancellationToken cancellationToken)
    {
        try
        {
            if (!(Direct && TryDecodeDirect(times.Span, prices)))
            {
                await ReadThroughParquetNetAsync(times, prices, cancellationToken);
            }

            CheckTimes(times.Span[..Rows]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DataException)
        {
            throw new DataException("Cannot read stored bars", Path, Partition, ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _parquet.DisposeAsync();
        await _stream.DisposeAsync();
    }

    private static bool DecodableChunk(ColumnChunk chunk) =>
        chunk.MetaData is { } m
        && m.Type is Parquet.Meta.Type.INT64 or Parquet.Meta.Type.DOUBLE
        && m.Codec is CompressionCodec.ZSTD or CompressionCodec.UNCOMPRESSED
        && m.DictionaryPageOffset is null
        && m.Encodings.All(e => e is Encoding.PLAIN or Encoding.RLE or Encoding.BIT_PACKED);
}
