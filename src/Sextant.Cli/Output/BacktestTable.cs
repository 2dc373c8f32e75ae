using System.Globalization;
using Sextant.Backtest.Reports;
using Sextant.Backtest.Results;
using Spectre.Console;

namespace Sextant.Cli.Output;

/// <summary>The results table of <c>sextant backtest</c>: headline statistics, then one row per strategy and pair, then open positions.</summary>
internal static class BacktestTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Render(IAnsiConsole console, BacktestResult r)
    {
        var s = r.Statistics;
        var t = r.Trades;
        var headline = new Table().Border(TableBorder.Rounded).Title($"Backtest · {Markup.Escape(r.Name)}")
            .AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        Add(headline, "period", r.Times.Length == 0 ? "no bars" : $"{r.Times[0].ToDateTimeOffset():yyyy-MM-dd HH:mm} → {r.Times[^1].ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC");
        Add(headline, "bars", r.Bars.ToString("N0", Inv));
        Add(headline, "capital", r.Capital.ToString("N2", Inv));
        Add(headline, "final equity", r.FinalEquity.ToString("N2", Inv));
        Add(headline, "total return", Format.Percent(s.TotalReturn));
        Add(headline, "CAGR", Format.Percent(s.Cagr));
        Add(headline, "annual volatility", Format.Percent(s.AnnualVolatility));
        Add(headline, "Sharpe", Format.Ratio(s.Sharpe));
        Add(headline, "Sortino", Format.Ratio(s.Sortino));
        Add(headline, "Calmar", Format.Ratio(s.Calmar));
        Add(headline, "max drawdown", $"{Format.Percent(s.MaxDrawdown)} over {s.MaxDrawdownBars:N0} bars");
        Add(headline, "round trips", t.RoundTrips.ToString(Inv));
        Add(headline, "win rate", Format.Percent(t.WinRate));
        Add(headline, "profit factor", Format.Ratio(t.ProfitFactor));
        Add(headline, "avg win / loss", $"{t.AverageWin:N2} / {t.AverageLoss:N2}");
        Add(headline, "exposure time", Format.Percent(t.ExposureTime));
        Add(headline, "turnover", Format.Ratio(t.Turnover) + "×");
        Add(headline, "orders / fills", $"{t.Orders} / {t.Fills}");
        Add(headline, "fees", t.Fees.ToString("N2", Inv));
        Add(headline, "speed", r.RunTime.TotalSeconds > 0 ? $"{Rate(r.Bars / r.RunTime.TotalSeconds)} bars/s (load {r.LoadTime.TotalSeconds:N2}s, run {r.RunTime.TotalSeconds:N3}s)" : "n/a");
        console.Write(headline);

        if (r.Groups.Count > 0)
        {
            var groups = new Table().Border(TableBorder.Rounded).Title("By strategy and pair")
                .AddColumn("strategy").AddColumn("book").AddColumn(new TableColumn("round trips").RightAligned())
                .AddColumn(new TableColumn("win rate").RightAligned()).AddColumn(new TableColumn("net PnL").RightAligned())
                .AddColumn(new TableColumn("fees").RightAligned()).AddColumn(new TableColumn("fills").RightAligned());
            foreach (var g in r.Groups)
            {
                groups.AddRow(Markup.Escape(g.Strategy), Markup.Escape(g.Kind == "strategy" ? "(all)" : g.Name), g.Trades.RoundTrips.ToString(Inv),
                    Format.Percent(g.Trades.WinRate), g.Trades.NetPnl.ToString("N2", Inv), g.Trades.Fees.ToString("N2", Inv), g.Trades.Fills.ToString(Inv));
            }

            console.Write(groups);
        }

        if (r.OpenPositions.Count > 0)
        {
            var open = new Table().Border(TableBorder.Rounded).Title("Open at the end (marked at the last close, not liquidated)")
                .AddColumn("symbol").AddColumn(new TableColumn("quantity").RightAligned()).AddColumn(new TableColumn("avg price").RightAligned())
                .AddColumn(new TableColumn("mark").RightAligned()).AddColumn(new TableColumn("unrealized").RightAligned());
            foreach (var p in r.OpenPositions)
            {
                open.AddRow(p.Symbol.Value, decimal.Round(p.Quantity, 8).ToString("0.########", Inv), p.AveragePrice.ToString("N4", Inv), p.MarkPrice.ToString("N4", Inv), p.UnrealizedPnl.ToString("N2", Inv));
            }

            console.Write(open);
        }
    }

    private static void Add(Table table, string metric, string value) => table.AddRow(Markup.Escape(metric), Markup.Escape(value));

    /// <summary>1,234,567 → "1.2 M"; 27,345 → "27 k"; 512 → "512".</summary>
    internal static string Rate(double perSecond) => perSecond switch
    {
        >= 1e6 => (perSecond / 1e6).ToString("N1", Inv) + " M",
        >= 1e3 => (perSecond / 1e3).ToString("N0", Inv) + " k",
        _ => perSecond.ToString("N0", Inv),
    };
}
