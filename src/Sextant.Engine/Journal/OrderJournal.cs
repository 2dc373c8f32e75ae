using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sextant.Core.Time;

namespace Sextant.Engine.Journal;

/// <summary>
/// A durable, append-only journal of everything the engine does with orders, one JSON object per line so a person can
/// read it (<c>sextant journal show</c>) and the engine can replay it on restart. Each append is flushed to disk before
/// it returns, so the journal always holds an action before the action happens. A line cut short by a crash at the very
/// end is ignored on read; damage anywhere else is an error naming the line. Not thread-safe: the engine appends from one loop.
/// </summary>
public sealed class OrderJournal : IDisposable
{
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly FileStream _stream;
    private readonly bool _durable;
    private long _sequence;
    private bool _pending;

    private OrderJournal(string path, FileStream stream, long lastSequence, bool durable)
    {
        Path = path;
        _stream = stream;
        _sequence = lastSequence;
        _durable = durable;
        _writer = new Utf8JsonWriter(_line);
    }

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>The last sequence number written.</summary>
    public long LastSequence => _sequence;

    /// <summary>Opens (or creates) the journal at <paramref name="path"/> for appending, continuing its sequence; <paramref name="existing"/> returns what it already holds.</summary>
    public static OrderJournal Open(string path, out IReadOnlyList<JournalEntry> existing) => Open(path, durable: true, out existing);

    /// <summary>
    /// Opens the journal; with <paramref name="durable"/> each append reaches the disk (fsync) before it returns, without it
    /// the operating system (it survives a killed process, not a power cut).
    /// </summary>
    public static OrderJournal Open(string path, bool durable, out IReadOnlyList<JournalEntry> existing)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        long validLength = 0;
        existing = File.Exists(path) ? Read(path, out validLength) : [];
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.None); // flushed (and fsynced when durable) by Flush, not by every write
        stream.SetLength(validLength); // drop a torn last line so the next entry starts on a clean line

        stream.Seek(0, SeekOrigin.End);
        return new OrderJournal(path, stream, existing.Count == 0 ? 0 : existing[^1].Sequence, durable);
    }

    /// <summary>Appends an entry and flushes it (with any entry written unflushed before it) before returning; returns it with its sequence number.</summary>
    public JournalEntry Append(UnixNanos time, JournalEntryType type, string? broker, string? orderId, JsonObject data) =>
        Append(time, type, broker, orderId, data, flush: true);

    /// <summary>
    /// Appends an entry; with <paramref name="flush"/> false it stays in the buffer until the next flushed entry or
    /// <see cref="Flush"/> (a signal needs no flush of its own: the order request it leads to flushes both before it is sent).
    /// </summary>
    public JournalEntry Append(UnixNanos time, JournalEntryType type, string? broker, string? orderId, JsonObject data, bool flush)
    {
        ArgumentNullException.ThrowIfNull(data);
        var entry = new JournalEntry(++_sequence, time, type, broker, orderId, data);
        Write(entry.Sequence, time, type, broker, orderId, w => data.WriteTo(w), flush);
        return entry;
    }

    /// <summary>
    /// Appends an entry whose data <paramref name="writeData"/> writes straight into the line (one JSON object), without
    /// building a <see cref="JsonObject"/> first: the order path's signal and request lines; returns the sequence number.
    /// </summary>
    public long Append(UnixNanos time, JournalEntryType type, string? broker, string? orderId, Action<Utf8JsonWriter> writeData, bool flush)
    {
        ArgumentNullException.ThrowIfNull(writeData);
        Write(++_sequence, time, type, broker, orderId, writeData, flush);
        return _sequence;
    }

    private void Write(long sequence, UnixNanos time, JournalEntryType type, string? broker, string? orderId, Action<Utf8JsonWriter> writeData, bool flush)
    {
        _line.ResetWrittenCount();
        _writer.Reset(_line);
        _writer.WriteStartObject();
        _writer.WriteNumber("seq", sequence);
        _writer.WriteString("time", time.ToString());
        _writer.WriteNumber("ns", time.Value);
        _writer.WriteString("type", ToName(type));
        WriteNullable("broker", broker);
        WriteNullable("order_id", orderId);
        _writer.WritePropertyName("data");
        writeData(_writer);
        _writer.WriteEndObject();
        _writer.Flush();
        _line.Write("\n"u8);
        _stream.Write(_line.WrittenSpan);
        _pending = true;
        if (flush)
        {
            Flush();
        }
    }

    private void WriteNullable(string name, string? value)
    {
        if (value is null)
        {
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteString(name, value);
        }
    }

    /// <summary>Flushes entries written without a flush (nothing to do when there are none).</summary>
    public void Flush()
    {
        if (_pending)
        {
            _stream.Flush(flushToDisk: _durable);
            _pending = false;
        }
    }

    /// <summary>Reads every complete entry of the journal at <paramref name="path"/>.</summary>
    public static IReadOnlyList<JournalEntry> Read(string path) => Read(path, out _);

    /// <inheritdoc />
    public void Dispose()
    {
        Flush();
        _stream.Dispose();
        _writer.Dispose();
    }

    private static List<JournalEntry> Read(string path, out long validLength)
    {
        var entries = new List<JournalEntry>();
        var bytes = File.ReadAllBytes(path);
        validLength = 0;
        var lineNumber = 0;
        var start = 0;
        while (start < bytes.Length)
        {
            lineNumber++;
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                break; // torn last line from a crash mid-append: the action it announced never started
            }

            var text = Encoding.UTF8.GetString(bytes, start, end - start);
            entries.Add(Parse(text, path, lineNumber));
            validLength = end + 1;
            start = end + 1;
        }

        return entries;
    }

    private static JournalEntry Parse(string text, string path, int line)
    {
        try
        {
            var json = JsonNode.Parse(text)!.AsObject();
            var nanos = new UnixNanos((long)json["ns"]!);
            return new JournalEntry((long)json["seq"]!, nanos, FromName((string)json["type"]!), (string?)json["broker"], (string?)json["order_id"], json["data"]!.AsObject());
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            throw new JournalException($"Journal {path} line {line} is damaged ({ex.Message}); move the file aside and restart with broker reconciliation (the brokers hold the truth)", path, line);
        }
    }

    private static string ToName(JournalEntryType type) => type switch
    {
        JournalEntryType.OrderRequest => "order_request",
        JournalEntryType.CancelRequest => "cancel_request",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static JournalEntryType FromName(string name) => name switch
    {
        "order_request" => JournalEntryType.OrderRequest,
        "cancel_request" => JournalEntryType.CancelRequest,
        _ => Enum.Parse<JournalEntryType>(name, ignoreCase: true),
    };
}
