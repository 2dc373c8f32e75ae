using System.Text.Json.Nodes;
using Sextant.Backtest.Results;

namespace Sextant.Backtest.Reports;

/// <summary>The run summary as one JSON object: what <c>sextant backtest --json</c> prints and <c>summary.json</c> holds. Returns and drawdowns are fractions, money is in the quote asset.</summary>
public static class SummaryJson
{
    /// <summary>Builds the summary object.</summary>
    public static JsonObject Build(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Statistics;
        var t = result.Trades;
        var summary = new JsonObject
        {
            ["name"] = result.Name,
            ["start"] = result.Times.Length > 0 ? result.Times[0].ToString() : null,
            ["end"] = result.Times.Length > 0 ? result.Times[^1].ToString() : null,
            ["capital"] = result.Capital,
            ["final_equity"] = result.FinalEquity,
            ["total_return"] = Number(s.TotalReturn),
            ["cagr"] = Number(s.Cagr),
            ["annual_volatility"] = Number(s.AnnualVolatility),
            ["sharpe"] = Number(s.Sharpe),
            ["sortino"] = Number(s.Sortino),
            ["max_drawdown"] = Number(s.MaxDrawdown),
            ["max_drawdown_bars"] = s.MaxDrawdownBars,
            ["max_drawdown_duration_seconds"] = s.MaxDrawdownDuration.TotalSeconds,
            ["calmar"] = Number(s.Calmar),
            ["bars_per_year"] = s.BarsPerYear,
            ["bars"] = result.Bars,
        };
        Trades(summary, t);
        summary["open_positions"] = new JsonArray(result.OpenPositions.Select(p => (JsonNode?)new JsonObject
        {
            ["symbol"] = p.Symbol.Value,
            ["quantity"] = p.Quantity,
            ["average_price"] = p.AveragePrice,
            ["mark_price"] = p.MarkPrice,
            ["unrealized_pnl"] = p.UnrealizedPnl,
        }).ToArray());
        summary["groups"] = new JsonArray(result.Groups.Select(g =>
        {
            var group = new JsonObject { ["kind"] = g.Kind, ["strategy"] = g.Strategy, ["name"] = g.Name };
            Trades(group, g.Trades);
            return (JsonNode?)group;
        }).ToArray());
        summary["orders_sha256"] = OrderListHash.Compute(result.Orders);
        summary["notes"] = new JsonArray([.. result.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]);
        summary["load_seconds"] = result.LoadTime.TotalSeconds;
        summary["run_seconds"] = result.RunTime.TotalSeconds;
        return summary;
    }

    private static void Trades(JsonObject target, TradeStatistics t)
    {
        target["fills"] = t.Fills;
        target["orders"] = t.Orders;
        target["fees"] = t.Fees;
        target["round_trips"] = t.RoundTrips;
        target["win_rate"] = Number(t.WinRate);
        target["profit_factor"] = Number(t.ProfitFactor);
        target["average_win"] = t.AverageWin;
        target["average_loss"] = t.AverageLoss;
        target["net_pnl"] = t.NetPnl;
        target["exposure_time"] = Number(t.ExposureTime);
        target["turnover"] = Number(t.Turnover);
    }

    // JSON has no NaN or infinity: undefined statistics are null.
    private static JsonValue? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
