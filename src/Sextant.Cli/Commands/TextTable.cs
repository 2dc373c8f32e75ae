using System.Text;

namespace Sextant.Cli.Commands;

/// <summary>Plain aligned text tables for standard output (numbers right-aligned).</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Line(headers);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in all)
        {
            Line(row);
        }

        return text.ToString();

        void Line(IReadOnlyList<string> cells) => text.AppendLine(string.Join("  ", cells.Select((c, i) =>
            c.Length > 0 && (char.IsAsciiDigit(c[0]) || c[0] == '-') && decimal.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
    }
}
