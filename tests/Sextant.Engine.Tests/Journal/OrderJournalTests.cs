using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Sextant.Config.Schema;
using Sextant.Core.Time;
using Sextant.Engine.Journal;

namespace Sextant.Engine.Tests.Journal;

public sealed class OrderJournalTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sextant-journal-" + Guid.NewGuid().ToString("N"));

    private string PathOf => Path.Combine(_dir, "journal.jsonl");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static UnixNanos T(long n) => new(1_679_004_900_000_000_123 + n);

    [Fact]
    public void Append_ThenRead_RoundTripsEveryFieldExactly()
    {
        using (var sut = OrderJournal.Open(PathOf, out var existing))
        {
            Assert.Empty(existing);
            sut.Append(T(0), JournalEntryType.OrderRequest, "binanceus", "pair-1-0-0", new JsonObject { ["side"] = "Buy", ["quantity"] = "0.37037" });
            sut.Append(T(1), JournalEntryType.Fill, "binanceus", "pair-1-0-0", new JsonObject { ["price"] = "27000.01" });
        }

        var entries = OrderJournal.Read(PathOf);

        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
        Assert.Equal(T(0), entries[0].Time);
        Assert.Equal(JournalEntryType.OrderRequest, entries[0].Type);
        Assert.Equal("pair-1-0-0", entries[1].OrderId);
        Assert.Equal("27000.01", (string?)entries[1].Data["price"]);
    }

    [Fact]
    public void Open_Existing_ContinuesTheSequence()
    {
        using (var first = OrderJournal.Open(PathOf, out _))
        {
            first.Append(T(0), JournalEntryType.Note, null, null, new JsonObject { ["text"] = "start" });
        }

        using var sut = OrderJournal.Open(PathOf, out var existing);
        var entry = sut.Append(T(1), JournalEntryType.Note, null, null, []);

        Assert.Single(existing);
        Assert.Equal(2, entry.Sequence);
    }

    [Fact]
    public void Open_TornLastLine_IsDroppedAndAppendingContinuesCleanly()
    {
        using (var first = OrderJournal.Open(PathOf, out _))
        {
            first.Append(T(0), JournalEntryType.Note, null, null, []);
        }

        File.AppendAllText(PathOf, "{\"seq\":2,\"time\":\"2023-03-1", Encoding.UTF8); // crash in the middle of a write

        using (var sut = OrderJournal.Open(PathOf, out var existing))
        {
            Assert.Single(existing);
            sut.Append(T(2), JournalEntryType.Note, null, null, []);
        }

        Assert.Equal([1L, 2L], OrderJournal.Read(PathOf).Select(e => e.Sequence));
    }

    [Fact]
    public void Read_DamagedMiddleLine_NamesFileAndLine()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(PathOf, "{\"seq\":1,\"ns\":1,\"type\":\"note\",\"data\":{}}\nnot json\n{\"seq\":3,\"ns\":1,\"type\":\"note\",\"data\":{}}\n");

        var ex = Assert.Throws<JournalException>(() => OrderJournal.Read(PathOf));

        Assert.Equal(2, ex.Line);
        Assert.Contains("line 2 is damaged", ex.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void Append_Background_IsWrittenToTheOsBeforeItReturns()
    {
        using var sut = OrderJournal.Open(PathOf, JournalSync.Background, TimeSpan.FromMilliseconds(5), new FakeTimeProvider(), out _);

        sut.Append(T(0), JournalEntryType.OrderRequest, "binanceus", "pair-1-0-0", []);

        // Another reader sees it at once: it is in the OS, not in a buffer of the writing process (all a kill -9 needs).
        Assert.Equal([1L], OrderJournal.Read(PathOf).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Append_Background_FsyncedByTheSyncThreadOnceTheDelayHasPassedSinceTheWrite()
    {
        var clock = new FakeTimeProvider();
        var delay = TimeSpan.FromMilliseconds(5);
        using var sut = OrderJournal.Open(PathOf, JournalSync.Background, delay, clock, out _);

        sut.Append(T(0), JournalEntryType.Signal, "binanceus", null, [], flush: false);
        sut.Append(T(1), JournalEntryType.OrderRequest, "binanceus", "pair-1-0-0", []);
        clock.Advance(delay - TimeSpan.FromTicks(1));
        var before = sut.SyncedSequence;
        clock.Advance(TimeSpan.FromTicks(1));
        await WaitUntilAsync(() => sut.SyncedSequence == 2);

        Assert.Equal(0, before); // the clock had not reached the bound: nothing synced yet
        Assert.Equal(1, sut.BackgroundSyncs); // both entries in one fsync, without a Flush or Dispose from the writer
    }

    [Fact]
    public async Task Append_BackgroundOnTheSystemClock_IsFsyncedWithoutTheWriterDoingAnything()
    {
        using var sut = OrderJournal.Open(PathOf, JournalSync.Background, TimeSpan.FromMilliseconds(5), TimeProvider.System, out _);

        for (var i = 0; i < 3; i++)
        {
            sut.Append(T(i), JournalEntryType.Fill, "binanceus", "pair-1-0-0", []);
        }

        await WaitUntilAsync(() => sut.SyncedSequence == 3);
        Assert.InRange(sut.BackgroundSyncs, 1, 3);
    }

    [Fact]
    public void Dispose_Background_FsyncsWhatTheSyncThreadHadNotCoveredYet()
    {
        var sut = OrderJournal.Open(PathOf, JournalSync.Background, TimeSpan.FromMilliseconds(5), new FakeTimeProvider(), out _);
        sut.Append(T(0), JournalEntryType.Ack, "binanceus", "pair-1-0-0", []);

        sut.Dispose(); // the fake clock never reached the bound: the last fsync is the shutdown's

        Assert.Equal(1, sut.SyncedSequence);
    }

    [Fact]
    public void Append_BeforeAction_IsFsyncedBeforeItReturns()
    {
        using var sut = OrderJournal.Open(PathOf, JournalSync.BeforeAction, TimeSpan.FromMilliseconds(5), new FakeTimeProvider(), out _);

        sut.Append(T(0), JournalEntryType.Signal, "binanceus", null, [], flush: false);
        var unflushed = sut.SyncedSequence;
        sut.Append(T(1), JournalEntryType.OrderRequest, "binanceus", "pair-1-0-0", []);

        Assert.Equal(0, unflushed);
        Assert.Equal(2, sut.SyncedSequence);
        Assert.Equal(0, sut.BackgroundSyncs);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // Not a speed bound: only how long to wait before calling the sync lost (a loaded machine can be slow).
        for (var i = 0; i < 1_000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the journal was not synced");
    }
}
