using System.Globalization;
using Sextant.Engine.Running;
using Spectre.Console;

namespace Sextant.Cli.Output;

/// <summary>The end-of-run summary of <c>sextant run</c>: one row per broker plus the total, then one row per strategy.</summary>
internal static class RunSummaryTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Render(IAnsiConsole console, EngineSummary summary)
    {
        var title = $"{(summary.Mode == "live" ? "Live" : "Paper")} run: {summary.Bars:N0} bars, {summary.Signals:N0} signals in {summary.Elapsed.TotalSeconds:N0}s";
        var brokers = new Table().Border(TableBorder.Rounded).Title(title)
            .AddColumn("broker").AddColumn(new TableColumn("equity").RightAligned()).AddColumn(new TableColumn("cash").RightAligned())
            .AddColumn(new TableColumn("realized").RightAligned()).AddColumn(new TableColumn("unrealized").RightAligned())
            .AddColumn(new TableColumn("fees").RightAligned()).AddColumn(new TableColumn("orders").RightAligned())
            .AddColumn(new TableColumn("fills").RightAligned()).AddColumn(new TableColumn("open").RightAligned());
        foreach (var b in summary.Brokers.Append(summary.Total))
        {
            brokers.AddRow(Markup.Escape($"{b.Broker} ({b.QuoteAsset})"), M(b.Equity), M(b.Cash), M(b.RealizedPnl), M(b.UnrealizedPnl), M(b.Fees),
                b.Orders.ToString(Inv), b.Fills.ToString(Inv), b.OpenOrders.ToString(Inv));
        }

        console.Write(brokers);
        console.WriteLine(string.Join("; ", summary.Brokers.Select(b => $"{b.Broker}: {b.Venue}")));
        var strategies = new Table().Border(TableBorder.Rounded).Title("By strategy (own sub-ledger; capital = its share of the broker at start)")
            .AddColumn("strategy").AddColumn("broker").AddColumn(new TableColumn("capital").RightAligned())
            .AddColumn(new TableColumn("signals").RightAligned()).AddColumn(new TableColumn("orders").RightAligned()).AddColumn(new TableColumn("fills").RightAligned())
            .AddColumn(new TableColumn("trips").RightAligned()).AddColumn(new TableColumn("realized").RightAligned())
            .AddColumn(new TableColumn("fees").RightAligned()).AddColumn(new TableColumn("net PnL").RightAligned()).AddColumn(new TableColumn("return").RightAligned());
        foreach (var s in summary.Strategies)
        {
            strategies.AddRow(Markup.Escape(s.Strategy), Markup.Escape(s.Broker), string.Create(Inv, $"{s.Capital:N0} ({s.Allocation * 100:0.#}%)"), s.Signals.ToString(Inv),
                s.Orders.ToString(Inv), s.Fills.ToString(Inv), s.RoundTrips.ToString(Inv), M(s.RealizedPnl), M(s.Fees), M(s.NetPnl), s.Return.ToString("P2", Inv));
        }

        console.Write(strategies);
        foreach (var b in summary.Brokers)
        {
            if (b.Halted is { } halted)
            {
                console.WriteLine($"{b.Broker}: NOT TRADING: {halted}");
            }

            if (b.KillSwitch is { } kill)
            {
                console.WriteLine($"{b.Broker}: kill switch tripped: {kill}");
            }
        }
    }

    private static string M(decimal value) => value.ToString("N2", Inv);
}
