using System.IO.Compression;
using Sextant.Core.Bars;
using Sextant.Data.Sources;

namespace Sextant.Data.Csv;

/// <summary>
/// Reads OHLCV bars from CSV: a generic file with a header (column names matched case-insensitively, with aliases), Binance kline CSV
/// (no header, 12 columns) or a headerless time,open,high,low,close[,volume] file; plain or gzip (detected by its magic bytes).
/// Timestamps are epoch seconds, milliseconds, microseconds or nanoseconds (told apart by magnitude) or ISO 8601 (an offset in the text wins,
/// otherwise <see cref="CsvImportOptions.TimeZone"/>). Lines are parsed as UTF-8 spans; no per-row strings or splits.
/// Malformed rows are skipped and reported by line number and reason, or in strict mode stop the import.
/// </summary>
public sealed partial class CsvImporter
{
    private const int BufferSize = 1 << 20;
    private readonly CsvImportOptions _options;

    /// <summary>Creates an importer with <paramref name="options"/> (default: lenient, UTC).</summary>
    public CsvImporter(CsvImportOptions? options = null) => _options = options ?? new CsvImportOptions();

    /// <summary>Imports the file at <paramref name="path"/> as series <paramref name="key"/>; throws <see cref="DataException"/> for an unusable file or, in strict mode, the first malformed row.</summary>
    public async Task<CsvImportResult> ImportAsync(string path, SeriesKey key, IProgress<CsvImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        return await ImportAsync(file, path, key, progress, cancellationToken);
    }

    /// <summary>Imports from a seekable <paramref name="input"/>; <paramref name="name"/> is used in messages.</summary>
    public async Task<CsvImportResult> ImportAsync(Stream input, string name, SeriesKey key, IProgress<CsvImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gzip = await IsGzipAsync(input, cancellationToken);
        await using var text = gzip ? new GZipStream(input, CompressionMode.Decompress, leaveOpen: true) : null;
        var parser = new Parser(this, name, key, input, progress);
        var buffer = new byte[BufferSize];
        var filled = 0;
        var decompressed = 0L;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = await (text ?? input).ReadAsync(buffer.AsMemory(filled), cancellationToken);
                filled += read;
                decompressed += read;
                var consumed = parser.ParseLines(buffer.AsSpan(0, filled), final: read == 0);
                if (read == 0)
                {
                    break;
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DataException("The gzip data is corrupt or truncated", name, null, ex);
        }

        if (gzip && !await TrailerMatchesAsync(input, decompressed, cancellationToken))
        {
            throw new DataException("The gzip data is truncated (its trailer does not match the decompressed length)", name);
        }

        return parser.Finish(gzip);
    }

    /// <summary>The gzip trailer ends with the uncompressed length mod 2^32; a truncated file ends with other bytes (GZipStream itself just stops early).</summary>
    private static async Task<bool> TrailerMatchesAsync(Stream input, long decompressed, CancellationToken cancellationToken)
    {
        if (input.Length < 4)
        {
            return false;
        }

        input.Position = input.Length - 4;
        var trailer = new byte[4];
        await input.ReadExactlyAsync(trailer, cancellationToken);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer) == (uint)decompressed;
    }

    private static async Task<bool> IsGzipAsync(Stream input, CancellationToken cancellationToken)
    {
        if (!input.CanSeek)
        {
            throw new ArgumentException("The CSV input must be seekable (to detect gzip by its magic bytes)", nameof(input));
        }

        var start = input.Position;
        var magic = new byte[2];
        var n = await input.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken);
        input.Position = start;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
