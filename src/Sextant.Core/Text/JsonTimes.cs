using System.Text.Json;
using Sextant.Core.Time;

namespace Sextant.Core.Text;

/// <summary>Instants in the journal's and signals' JSON: the ISO text of <see cref="UnixNanos.ToString"/>, written without a string.</summary>
public static class JsonTimes
{
    /// <summary>Writes the property <paramref name="name"/> with <paramref name="time"/>'s ISO-8601 text (UTC, nanoseconds).</summary>
    public static void WriteTime(this Utf8JsonWriter writer, JsonEncodedText name, UnixNanos time)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[UnixNanos.FormattedLength];
        time.FormatUtf8(text);
        writer.WriteString(name, text);
    }
}
