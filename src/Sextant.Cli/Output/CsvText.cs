using System.Text;

namespace Sextant.Cli.Output;

/// <summary>
/// CSV as RFC 4180 writes it: a header record, fields separated by commas, records ended by CRLF, and a field quoted (with each
/// double quote doubled) when it holds a comma, a double quote, a CR or an LF. Fields are never padded or trimmed.
/// </summary>
internal static class CsvText
{
    public const string RecordEnd = "\r\n";

    /// <summary><paramref name="text"/> as one CSV field.</summary>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The header and the records, each ended by CRLF.</summary>
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records)
    {
        var text = new StringBuilder();
        Record(header);
        foreach (var record in records)
        {
            Record(record);
        }

        return text.ToString();

        void Record(IReadOnlyList<string> fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                text.Append(i == 0 ? "" : ",").Append(Field(fields[i]));
            }

            text.Append(RecordEnd);
        }
    }
}
