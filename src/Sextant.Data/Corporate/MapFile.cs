using System.Globalization;
using Sextant.Core.Instruments;
using Sextant.Data.Sources;

namespace Sextant.Data.Corporate;

/// <summary>A Lean map file (<c>lean_map_files/&lt;ticker&gt;.csv</c>): the tickers a security traded under, rows <c>yyyymmdd,ticker,exchange</c> by date.</summary>
public sealed class MapFile
{
    private MapFile(Symbol symbol, IReadOnlyList<MapRow> rows) => (Symbol, Rows) = (symbol, rows);

    /// <summary>The ticker the file is named after (the current one).</summary>
    public Symbol Symbol { get; }

    /// <summary>The rows, by date.</summary>
    public IReadOnlyList<MapRow> Rows { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="DataException"/> naming <paramref name="path"/> and the line of the first bad row.</summary>
    public static MapFile Parse(Symbol symbol, string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<MapRow>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            if (f.Length < 2 || !LeanText.TryDate(f[0], out var date) || f[1].Trim().Length == 0)
            {
                throw new DataException($"Malformed map file row at line {number}: '{line}'; expected yyyymmdd,ticker[,exchange]", path);
            }

            if (rows.Count > 0 && date <= rows[^1].Date)
            {
                throw new DataException($"Map file dates must increase, but line {number} ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}) does not follow {rows[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", path);
            }

            rows.Add(new MapRow(date, f[1].Trim().ToUpperInvariant(), f.Length > 2 ? f[2].Trim() : ""));
        }

        return new MapFile(symbol, rows);
    }
}
