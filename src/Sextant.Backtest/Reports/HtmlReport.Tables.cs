using System.Text;
using Sextant.Backtest.Results;

namespace Sextant.Backtest.Reports;

/// <content>The tables: statistics per strategy and pair, open positions, round trips and fills.</content>
public static partial class HtmlReport
{
    private const int MaxRows = 200;

    private static void Tables(StringBuilder html, BacktestResult r)
    {
        var s = r.Statistics;
        html.Append("<h2>Statistics</h2><table>");
        Row(html, "Total return", Format.Percent(s.TotalReturn));
        Row(html, "CAGR", Format.Percent(s.Cagr));
        Row(html, "Annual volatility", Format.Percent(s.AnnualVolatility));
        Row(html, "Sharpe", Format.Ratio(s.Sharpe));
        Row(html, "Sortino", Format.Ratio(s.Sortino));
        Row(html, "Calmar", Format.Ratio(s.Calmar));
        Row(html, "Max drawdown", Format.Percent(s.MaxDrawdown));
        Row(html, "Max drawdown duration", $"{s.MaxDrawdownBars} bars ({s.MaxDrawdownDuration})");
        Row(html, "Exposure time", Format.Percent(r.Trades.ExposureTime));
        Row(html, "Turnover", Format.Ratio(r.Trades.Turnover) + "×");
        Row(html, "Profit factor", Format.Ratio(r.Trades.ProfitFactor));
        Row(html, "Average win / loss", $"{r.Trades.AverageWin:N2} / {r.Trades.AverageLoss:N2}");
        Row(html, "Orders / fills", $"{r.Trades.Orders} / {r.Trades.Fills}");
        Row(html, "Bars per year", s.BarsPerYear.ToString("N0", Inv));
        html.Append("</table>");

        html.Append("<h2>By strategy and pair</h2><table><tr><th>strategy</th><th>book</th><th>round trips</th><th>win rate</th><th>profit factor</th><th>net PnL</th><th>fees</th><th>fills</th></tr>");
        foreach (var g in r.Groups)
        {
            html.Append(Inv, $"<tr><td>{E(g.Strategy)}</td><td>{E(g.Kind == "strategy" ? "(all)" : g.Name)}</td><td>{g.Trades.RoundTrips}</td><td>{Format.Percent(g.Trades.WinRate)}</td><td>{Format.Ratio(g.Trades.ProfitFactor)}</td>")
                .Append(Inv, $"<td class=\"{(g.Trades.NetPnl >= 0 ? "pos" : "neg")}\">{g.Trades.NetPnl:N2}</td><td>{g.Trades.Fees:N2}</td><td>{g.Trades.Fills}</td></tr>");
        }

        html.Append("</table><h2>Open positions at the end (marked at the last close)</h2><table><tr><th>symbol</th><th>quantity</th><th>average price</th><th>mark</th><th>unrealized PnL</th></tr>");
        foreach (var p in r.OpenPositions)
        {
            html.Append(Inv, $"<tr><td>{p.Symbol}</td><td>{decimal.Round(p.Quantity, 8)}</td><td>{p.AveragePrice:N4}</td><td>{p.MarkPrice:N4}</td><td>{p.UnrealizedPnl:N2}</td></tr>");
        }

        if (r.OpenPositions.Count == 0)
        {
            html.Append("<tr><td colspan=\"5\">none: flat at the end</td></tr>");
        }

        html.Append("</table><h2>Round trips</h2><table><tr><th>strategy</th><th>book</th><th>entry</th><th>exit</th><th>fills</th><th>fees</th><th>PnL</th></tr>");
        foreach (var t in r.RoundTrips.Take(MaxRows))
        {
            html.Append(Inv, $"<tr><td>{E(t.Strategy.Value)}</td><td>{E(t.Book)}</td><td>{Format.Time(t.Entry)}</td><td>{Format.Time(t.Exit)}</td><td>{t.Fills}</td><td>{t.Fees:N2}</td><td class=\"{(t.Pnl >= 0 ? "pos" : "neg")}\">{t.Pnl:N2}</td></tr>");
        }

        html.Append("</table>");
        if (r.RoundTrips.Count > MaxRows)
        {
            html.Append(Inv, $"<p>… {r.RoundTrips.Count - MaxRows} more in round_trips.csv</p>");
        }

        html.Append("<h2>Fills</h2><table><tr><th>time</th><th>order</th><th>symbol</th><th>side</th><th>quantity</th><th>price</th><th>fee</th></tr>");
        foreach (var f in r.Fills.Take(MaxRows))
        {
            html.Append(Inv, $"<tr><td>{f.Time}</td><td>{E(f.OrderId.Value)}</td><td>{f.Symbol}</td><td>{f.Side}</td><td>{f.Quantity.Value}</td><td>{f.Price.Value}</td><td>{f.Fee.Amount:N4}</td></tr>");
        }

        html.Append("</table>");
        if (r.Fills.Count > MaxRows)
        {
            html.Append(Inv, $"<p>… {r.Fills.Count - MaxRows} more in fills.csv</p>");
        }
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><td>").Append(E(label)).Append("</td><td>").Append(E(value)).Append("</td></tr>");
}
