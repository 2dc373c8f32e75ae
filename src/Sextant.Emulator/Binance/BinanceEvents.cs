using System.Text.Json.Nodes;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Binance;

/// <summary>User-data stream events.</summary>
internal static class BinanceEvents
{
    /// <summary>An <c>executionReport</c>. For a cancel, <c>c</c> is the cancel request's own client id and <c>C</c> the order's original one, as on the venue.</summary>
    public static JsonObject ExecutionReport(ExchangeEvent e, string? cancelClientId)
    {
        var order = e.Order;
        var trade = e.Trade;
        var canceled = e.Kind == ExecutionKind.Canceled;
        return new JsonObject
        {
            ["e"] = "executionReport",
            ["E"] = e.TimeMs,
            ["s"] = order.Symbol,
            ["c"] = canceled && cancelClientId is not null ? cancelClientId : order.ClientOrderId,
            ["S"] = BinanceJson.Side(order.Side),
            ["o"] = BinanceJson.Type(order),
            ["f"] = order.IsMarket ? "GTC" : order.TimeInForce,
            ["q"] = BinanceJson.D(order.Quantity),
            ["p"] = BinanceJson.D(order.LimitPrice ?? 0),
            ["P"] = BinanceJson.D(0),
            ["F"] = BinanceJson.D(0),
            ["g"] = -1,
            ["C"] = canceled ? order.ClientOrderId : string.Empty,
            ["x"] = e.Kind.ToString().ToUpperInvariant(),
            ["X"] = BinanceJson.Status(order.State),
            ["r"] = "NONE",
            ["i"] = order.Id,
            ["l"] = BinanceJson.D(trade?.Quantity ?? 0),
            ["z"] = BinanceJson.D(trade?.CumulativeQuantity ?? order.Executed),
            ["L"] = BinanceJson.D(trade?.Price ?? 0),
            ["n"] = BinanceJson.D(trade?.Commission ?? 0),
            ["N"] = trade?.CommissionAsset,
            ["T"] = e.TimeMs,
            ["t"] = trade?.Id ?? -1,
            ["I"] = 0,
            ["w"] = order.IsOpen,
            ["m"] = trade?.IsMaker ?? false,
            ["M"] = false,
            ["O"] = order.CreatedMs,
            ["Z"] = BinanceJson.D(order.CumQuote),
            ["Y"] = BinanceJson.D(trade is null ? 0 : trade.Price * trade.Quantity),
            ["Q"] = BinanceJson.D(order.QuoteQuantity ?? 0),
            ["W"] = order.CreatedMs,
            ["V"] = "NONE",
        };
    }

    /// <summary>An <c>outboundAccountPosition</c> with the balances of the order's two assets.</summary>
    public static JsonObject AccountPosition(Exchange exchange, EmulatedOrder order, long time)
    {
        var spec = exchange.Instruments[order.Symbol];
        var balances = new JsonArray();
        foreach (var asset in new[] { spec.BaseAsset, spec.QuoteAsset })
        {
            var balance = exchange.BalanceOf(asset);
            balances.Add(new JsonObject { ["a"] = asset, ["f"] = BinanceJson.D(balance.Free), ["l"] = BinanceJson.D(balance.Locked) });
        }

        return new JsonObject { ["e"] = "outboundAccountPosition", ["E"] = time, ["u"] = time, ["B"] = balances };
    }
}
