using System.Buffers;
using System.Runtime.InteropServices;
using Parquet.Meta;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Data.Store;

internal sealed partial class PartitionReader
{
    private const long NanosPerMilli = 1_000_000;
    private const long MaxMillis = long.MaxValue / NanosPerMilli;

    /// <summary>
    /// The direct decode: false (the caller falls back to Parquet.Net) when a page is not in the layout handled here or anything in it
    /// does not add up; a corrupt file then fails in Parquet.Net too, with its reason.
    /// </summary>
    private bool TryDecodeDirect(Span<UnixNanos> times, Memory<double>[] prices)
    {
        try
        {
            var millis = MemoryMarshal.Cast<UnixNanos, long>(times[..Rows]);
            if (!TryDecodeColumn(0, MemoryMarshal.AsBytes(millis)))
            {
                return false;
            }

            for (var c = 0; c < prices.Length; c++)
            {
                if (!TryDecodeColumn(c + 1, MemoryMarshal.AsBytes(prices[c].Span[..Rows])))
                {
                    return false;
                }
            }

            for (var i = 0; i < millis.Length; i++)
            {
                var ms = millis[i];
                millis[i] = ms is <= MaxMillis and >= -MaxMillis ? ms * NanosPerMilli : long.MinValue; // CheckTimes rejects the sentinel
            }

            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentOutOfRangeException or EndOfStreamException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>Rejects times that do not strictly increase (or overflowed): a partition must be sorted.</summary>
    private void CheckTimes(ReadOnlySpan<UnixNanos> times)
    {
        for (var i = 1; i < times.Length; i++)
        {
            if (times[i].Value <= times[i - 1].Value)
            {
                throw new DataException($"Stored bar times do not increase at row {i}", Path, Partition);
            }
        }

        if (times.Length > 0 && times[0].Value == long.MinValue)
        {
            throw new DataException("Stored bar time out of range at row 0", Path, Partition);
        }
    }

    /// <summary>Decompresses every PLAIN page of <paramref name="column"/> into <paramref name="destination"/>; false when a page is not in the layout this reader decodes.</summary>
    private bool TryDecodeColumn(int column, Span<byte> destination)
    {
        var written = 0;
        foreach (var group in _chunks)
        {
            var meta = group[column].MetaData!;
            var length = checked((int)meta.TotalCompressedSize);
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                var chunk = buffer.AsSpan(0, length);
                ReadExactly(chunk, meta.DataPageOffset);
                long values = 0;
                var position = 0;
                while (values < meta.NumValues)
                {
                    var header = PageHeader.Read(chunk[position..]);
                    position += header.HeaderLength;
                    var bytes = (long)header.Values * sizeof(double);
                    if (header.Type is not (PageHeader.DataPage or PageHeader.DataPageV2) || header.Encoding != PageHeader.Plain
                        || header.LevelBytes != 0 || header.Values <= 0 || header.UncompressedSize != bytes || written + bytes > destination.Length)
                    {
                        return false;
                    }

                    var body = chunk.Slice(position, header.CompressedSize);
                    var target = destination.Slice(written, (int)bytes);
                    if (meta.Codec == CompressionCodec.ZSTD && header.IsCompressed)
                    {
                        if (ZstdDecoder.Decompress(body, target) != bytes)
                        {
                            return false;
                        }
                    }
                    else if (body.Length == bytes)
                    {
                        body.CopyTo(target);
                    }
                    else
                    {
                        return false;
                    }

                    written += (int)bytes;
                    values += header.Values;
                    position += header.CompressedSize;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return written == destination.Length;
    }

    private void ReadExactly(Span<byte> target, long offset)
    {
        while (target.Length > 0)
        {
            var read = RandomAccess.Read(_stream.SafeFileHandle, target, offset);
            if (read == 0)
            {
                throw new EndOfStreamException($"File ends inside a column chunk (offset {offset})");
            }

            target = target[read..];
            offset += read;
        }
    }
}
