using System.Globalization;
using Sextant.Core.Instruments;
using Sextant.Data.Sources;

namespace Sextant.Data.Corporate;

/// <summary>
/// A Lean factor file (<c>lean_factor_files/&lt;ticker&gt;.csv</c>): rows <c>yyyymmdd,price_factor,split_factor[,reference_price]</c>,
/// dates strictly increasing. Lean's rule: a bar dated <em>d</em> (New York) takes the first row whose date is ≥ <em>d</em>, and
/// adjusted price = raw × price_factor × split_factor. As in Lean, rows written with <c>inf</c> or exponent notation (precision
/// lost) are skipped.
/// </summary>
public sealed class FactorFile
{
    private FactorFile(Symbol symbol, IReadOnlyList<FactorRow> rows) => (Symbol, Rows) = (symbol, rows);

    /// <summary>The ticker the file is named after.</summary>
    public Symbol Symbol { get; }

    /// <summary>The rows, by date.</summary>
    public IReadOnlyList<FactorRow> Rows { get; }

    /// <summary>The row that applies to a bar dated <paramref name="date"/>: the first whose date is ≥ it; null after the last row (factor 1).</summary>
    public FactorRow? RowFor(DateOnly date)
    {
        int lo = 0, hi = Rows.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Rows[mid].Date < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Rows.Count ? Rows[lo] : null;
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="DataException"/> naming <paramref name="path"/> and the line of the first bad row.</summary>
    public static FactorFile Parse(Symbol symbol, string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<FactorRow>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.Contains("inf", StringComparison.OrdinalIgnoreCase) || line.Contains("e+", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var f = line.Split(',');
            if (f.Length is < 3 or > 4
                || !LeanText.TryDate(f[0], out var date)
                || !LeanText.TryDecimal(f[1], out var priceFactor) || priceFactor <= 0
                || !LeanText.TryDecimal(f[2], out var splitFactor) || splitFactor <= 0)
            {
                throw new DataException($"Malformed factor file row at line {number}: '{line}'; expected yyyymmdd,price_factor,split_factor[,reference_price] with positive factors", path);
            }

            var reference = 0m;
            if (f.Length == 4 && !LeanText.TryDecimal(f[3], out reference))
            {
                throw new DataException($"Malformed reference price at line {number}: '{f[3]}'", path);
            }

            if (rows.Count > 0 && date <= rows[^1].Date)
            {
                throw new DataException($"Factor file dates must increase, but line {number} ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}) does not follow {rows[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", path);
            }

            rows.Add(new FactorRow(date, priceFactor, splitFactor, reference));
        }

        return new FactorFile(symbol, rows);
    }
}
