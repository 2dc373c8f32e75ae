using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sextant.Core.Time;

namespace Sextant.Engine.Journal;

/// <content>Reading the journal back: every complete line, a torn last line ignored, damage anywhere else named by its line.</content>
public sealed partial class OrderJournal
{
    /// <summary>Reads every complete entry of the journal at <paramref name="path"/>.</summary>
    public static IReadOnlyList<JournalEntry> Read(string path) => Read(path, out _);

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

    /// <summary>Each entry type's name, encoded once, indexed by the type.</summary>
    private static readonly JsonEncodedText[] TypeNames = Enum.GetValues<JournalEntryType>().Select(t => JsonEncodedText.Encode(ToName(t))).ToArray();

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
