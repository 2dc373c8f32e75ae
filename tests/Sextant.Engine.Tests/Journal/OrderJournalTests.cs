using System.Text;
using System.Text.Json.Nodes;
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
}
