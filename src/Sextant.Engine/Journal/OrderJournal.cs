using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Win32.SafeHandles;
using Sextant.Config.Schema;
using Sextant.Core.Text;
using Sextant.Core.Time;

namespace Sextant.Engine.Journal;

/// <summary>
/// A durable, append-only journal of everything the engine does with orders, one JSON object per line so a person can
/// read it (<c>sextant journal show</c>) and the engine can replay it on restart. A flushed append is written to the
/// operating system before it returns (never left in a buffer of this process), so the journal holds an action before
/// the action happens, and a killed process (<c>kill -9</c>) loses none of it: the OS still writes it out.
/// <para>
/// When it reaches the disk is <see cref="JournalSync"/>'s choice. <see cref="JournalSync.BeforeAction"/> fsyncs each
/// flushed append before it returns: it survives a power cut, and every order waits for the disk (0.3 to several ms here).
/// <see cref="JournalSync.Background"/> (the default) leaves the fsync to a background group commit that starts at most
/// the sync delay after a write and covers everything written by then, plus a last one on <see cref="Dispose"/>. A power
/// cut or OS crash can then lose the entries of those last milliseconds, never more; on restart the reconciliation with
/// each broker (deterministic client order ids: a request the journal lacks is an open order or a fill of ours it does
/// not know) finds what is missing and stops that broker with a report, or adopts the broker's state, so nothing is sent twice.
/// </para>
/// A line cut short by a crash at the very end is ignored on read; damage anywhere else is an error naming the line.
/// Appends are not thread-safe (the engine appends from one loop); the background sync runs on its own thread.
/// </summary>
public sealed partial class OrderJournal : IDisposable
{
    private readonly ArrayBufferWriter<byte> _unwritten = new(4096);
    private readonly Utf8JsonWriter _writer;
    private readonly SafeFileHandle _file;
    private readonly JournalSyncer? _syncer;
    private long _length;
    private long _sequence;
    private long _synced;

    private OrderJournal(string path, SafeFileHandle file, long length, long lastSequence, JournalSync sync, TimeSpan syncDelay, TimeProvider time)
    {
        Path = path;
        _file = file;
        _length = length;
        _sequence = lastSequence;
        _synced = lastSequence;
        Sync = sync;
        _writer = new Utf8JsonWriter(_unwritten);
        _syncer = sync == JournalSync.Background ? new JournalSyncer(file, path, syncDelay, time, lastSequence) : null;
    }

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>When entries reach the disk.</summary>
    public JournalSync Sync { get; }

    /// <summary>The last sequence number written.</summary>
    public long LastSequence => _sequence;

    /// <summary>The last sequence number known to be on disk (fsynced); any thread may read it.</summary>
    public long SyncedSequence => _syncer?.SyncedSequence ?? Volatile.Read(ref _synced);

    /// <summary>The background fsyncs done so far (0 with <see cref="JournalSync.BeforeAction"/>).</summary>
    public long BackgroundSyncs => _syncer?.Syncs ?? 0;

    /// <summary>Opens (or creates) the journal with the default background sync (within 5 ms, system clock); <paramref name="existing"/> returns what it already holds.</summary>
    public static OrderJournal Open(string path, out IReadOnlyList<JournalEntry> existing) =>
        Open(path, JournalSync.Background, TimeSpan.FromMilliseconds(5), TimeProvider.System, out existing);

    /// <summary>
    /// Opens (or creates) the journal at <paramref name="path"/> for appending, continuing its sequence; <paramref name="existing"/>
    /// returns what it already holds. With <see cref="JournalSync.Background"/> a background fsync starts at most
    /// <paramref name="syncDelay"/> (on <paramref name="time"/>) after each write.
    /// </summary>
    public static OrderJournal Open(string path, JournalSync sync, TimeSpan syncDelay, TimeProvider time, out IReadOnlyList<JournalEntry> existing)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(syncDelay, TimeSpan.Zero);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        long validLength = 0;
        existing = File.Exists(path) ? Read(path, out validLength) : [];
        var file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        RandomAccess.SetLength(file, validLength); // drop a torn last line so the next entry starts on a clean line
        return new OrderJournal(path, file, validLength, existing.Count == 0 ? 0 : existing[^1].Sequence, sync, syncDelay, time);
    }

    /// <summary>Appends an entry and flushes it (with any entry written unflushed before it) before returning; returns it with its sequence number.</summary>
    public JournalEntry Append(UnixNanos time, JournalEntryType type, string? broker, string? orderId, JsonObject data) =>
        Append(time, type, broker, orderId, data, flush: true);

    /// <summary>
    /// Appends an entry; with <paramref name="flush"/> false it stays in this process until the next flushed entry or
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
        _writer.Reset(_unwritten); // appends after the entries not written yet
        _writer.WriteStartObject();
        _writer.WriteNumber(JsonNames.Seq, sequence);
        _writer.WriteTime(JsonNames.Time, time);
        _writer.WriteNumber(JsonNames.Ns, time.Value);
        _writer.WriteString(JsonNames.Type, TypeNames[(int)type]);
        WriteNullable(JsonNames.Broker, broker);
        WriteNullable(JsonNames.OrderId, orderId);
        _writer.WritePropertyName(JsonNames.Data);
        writeData(_writer);
        _writer.WriteEndObject();
        _writer.Flush();
        _unwritten.Write("\n"u8);
        if (flush)
        {
            Flush();
        }
    }

    private void WriteNullable(JsonEncodedText name, string? value)
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

    /// <summary>
    /// Writes entries appended without a flush to the operating system (nothing to do when there are none): one write call;
    /// then fsyncs them (<see cref="JournalSync.BeforeAction"/>) or hands them to the background sync.
    /// </summary>
    public void Flush()
    {
        if (_unwritten.WrittenCount == 0)
        {
            return;
        }

        _syncer?.ThrowIfFailed();
        RandomAccess.Write(_file, _unwritten.WrittenSpan, _length);
        _length += _unwritten.WrittenCount;
        _unwritten.ResetWrittenCount();
        if (_syncer is null)
        {
            RandomAccess.FlushToDisk(_file);
            Volatile.Write(ref _synced, _sequence);
        }
        else
        {
            _syncer.Written(_sequence);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Flush(); // with BeforeAction, fsynced too
        }
        finally
        {
            try
            {
                _syncer?.Dispose(); // stops its thread, then the last fsync
            }
            finally
            {
                _file.Dispose();
                _writer.Dispose();
            }
        }
    }
}
