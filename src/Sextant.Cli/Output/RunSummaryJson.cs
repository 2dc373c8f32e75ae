using System.Text.Json.Nodes;
using Sextant.Engine.Running;

namespace Sextant.Cli.Output;

/// <summary>The end-of-run summary as one JSON object (<c>sextant run --json</c>): exact decimal amounts as JSON numbers, positions per broker, per-strategy lines.</summary>
internal static class RunSummaryJson
{
    public static string Write(EngineSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var brokers = new JsonArray();
        foreach (var b in summary.Brokers.Append(summary.Total))
        {
            var positions = new JsonArray();
            foreach (var p in b.Positions)
            {
                positions.Add(new JsonObject { ["strategy"] = p.Strategy, ["symbol"] = p.Symbol, ["quantity"] = p.Quantity, ["average_cost"] = p.AverageCost });
            }

            brokers.Add(new JsonObject
            {
                ["broker"] = b.Broker, ["quote_asset"] = b.QuoteAsset, ["venue"] = b.Venue, ["starting_cash"] = b.StartingCash, ["equity"] = b.Equity, ["cash"] = b.Cash,
                ["realized_pnl"] = b.RealizedPnl, ["unrealized_pnl"] = b.UnrealizedPnl, ["fees"] = b.Fees, ["net_pnl"] = b.NetPnl,
                ["orders"] = b.Orders, ["fills"] = b.Fills, ["open_orders"] = b.OpenOrders, ["positions"] = positions, ["halted"] = b.Halted, ["kill_switch"] = b.KillSwitch,
            });
        }

        var strategies = new JsonArray();
        foreach (var s in summary.Strategies)
        {
            strategies.Add(new JsonObject
            {
                ["strategy"] = s.Strategy, ["broker"] = s.Broker, ["allocation"] = s.Allocation, ["capital"] = s.Capital, ["signals"] = s.Signals, ["orders"] = s.Orders,
                ["fills"] = s.Fills, ["round_trips"] = s.RoundTrips, ["realized_pnl"] = s.RealizedPnl, ["unrealized_pnl"] = s.UnrealizedPnl, ["fees"] = s.Fees,
                ["net_pnl"] = s.NetPnl, ["return"] = s.Return,
            });
        }

        return new JsonObject
        {
            ["mode"] = summary.Mode, ["bars"] = summary.Bars, ["signals"] = summary.Signals, ["elapsed_seconds"] = summary.Elapsed.TotalSeconds,
            ["brokers"] = brokers, ["strategies"] = strategies,
        }.ToJsonString();
    }
}
