using System.Globalization;
using System.Text;

namespace Sextant.Backtest.Sweeps;

/// <summary>The CSV of a sweep: one row per combination, ranked, with every parameter as its own column.</summary>
public static class SweepCsv
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Renders <paramref name="rows"/> (ranked) with the parameter columns of <paramref name="grid"/>.</summary>
    public static string Render(ParameterGrid grid, IReadOnlyList<SweepRow> rows)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        csv.Append("rank,").AppendJoin(',', grid.Axes.Select(a => Quote(a.Path)))
            .AppendLine(",score,total_return,cagr,sharpe,sortino,calmar,max_drawdown,round_trips,win_rate,profit_factor,fees,final_equity,error");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            csv.Append(i + 1);
            foreach (var parameter in r.Parameters)
            {
                csv.Append(',').Append(Quote(parameter[(parameter.IndexOf('=', StringComparison.Ordinal) + 1)..]));
            }

            var s = r.Statistics;
            var t = r.Trades;
            csv.Append(',').Append(N(r.Score))
                .Append(',').Append(N(s?.TotalReturn)).Append(',').Append(N(s?.Cagr)).Append(',').Append(N(s?.Sharpe))
                .Append(',').Append(N(s?.Sortino)).Append(',').Append(N(s?.Calmar)).Append(',').Append(N(s?.MaxDrawdown))
                .Append(',').Append(t?.RoundTrips.ToString(Inv)).Append(',').Append(N(t?.WinRate)).Append(',').Append(N(t?.ProfitFactor))
                .Append(',').Append(t?.Fees.ToString(Inv)).Append(',').Append(r.Error is null ? r.FinalEquity.ToString(Inv) : string.Empty)
                .Append(',').Append(Quote(r.Error ?? string.Empty)).AppendLine();
        }

        return csv.ToString();
    }

    private static string N(double? value) => value is { } v && !double.IsNaN(v) ? v.ToString("R", Inv) : string.Empty;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
