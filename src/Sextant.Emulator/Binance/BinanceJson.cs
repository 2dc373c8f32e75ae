using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Emulator.Market;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Binance;

/// <summary>Binance JSON shapes: numbers as 8-decimal strings, ids and times as numbers.</summary>
internal static class BinanceJson
{
    public static string D(decimal value) => value.ToString("0.00000000", CultureInfo.InvariantCulture);

    public static string Status(OrderState state) => state switch
    {
        OrderState.PartiallyFilled => "PARTIALLY_FILLED",
        OrderState.Filled => "FILLED",
        OrderState.Canceled => "CANCELED",
        OrderState.Expired => "EXPIRED",
        _ => "NEW",
    };

    public static string Side(Side side) => side == Trading.Side.Buy ? "BUY" : "SELL";

    public static string Type(EmulatedOrder order) => order.IsMarket ? "MARKET" : order.TimeInForce == "MAKER" ? "LIMIT_MAKER" : "LIMIT";

    private static string Tif(EmulatedOrder order) => order.IsMarket || order.TimeInForce == "MAKER" ? "GTC" : order.TimeInForce;

    /// <summary>The RESULT fields of an order (also the core of query, open orders and cancel answers).</summary>
    public static JsonObject Order(EmulatedOrder order, bool query)
    {
        var json = new JsonObject
        {
            ["symbol"] = order.Symbol,
            ["orderId"] = order.Id,
            ["orderListId"] = -1,
            ["clientOrderId"] = order.ClientOrderId,
            ["price"] = D(order.LimitPrice ?? 0),
            ["origQty"] = D(order.Quantity),
            ["executedQty"] = D(order.Executed),
            ["cummulativeQuoteQty"] = D(order.CumQuote),
            ["status"] = Status(order.State),
            ["timeInForce"] = Tif(order),
            ["type"] = Type(order),
            ["side"] = Side(order.Side),
        };
        if (query)
        {
            json["stopPrice"] = D(0);
            json["icebergQty"] = D(0);
            json["time"] = order.CreatedMs;
            json["updateTime"] = order.UpdatedMs;
            json["isWorking"] = true;
            json["origQuoteOrderQty"] = D(order.QuoteQuantity ?? 0);
        }

        json["workingTime"] = order.CreatedMs;
        json["selfTradePreventionMode"] = "NONE";
        return json;
    }

    public static JsonObject Trade(EmulatedTrade trade) => new()
    {
        ["symbol"] = trade.Symbol,
        ["id"] = trade.Id,
        ["orderId"] = trade.OrderId,
        ["orderListId"] = -1,
        ["price"] = D(trade.Price),
        ["qty"] = D(trade.Quantity),
        ["quoteQty"] = D(trade.Price * trade.Quantity),
        ["commission"] = D(trade.Commission),
        ["commissionAsset"] = trade.CommissionAsset,
        ["time"] = trade.TimeMs,
        ["isBuyer"] = trade.Side == Trading.Side.Buy,
        ["isMaker"] = trade.IsMaker,
        ["isBestMatch"] = true,
    };

    /// <summary>A kline row: the 12-element array.</summary>
    public static JsonArray Kline(Candle c) =>
        [c.OpenTime, D(c.Open), D(c.High), D(c.Low), D(c.Close), D(c.Volume), c.CloseTime, D(c.Volume * c.Close), 0, D(0), D(0), "0"];

    /// <summary>The kline stream payload of a closed candle.</summary>
    public static JsonObject KlineEvent(string symbol, Candle c, long eventTime) => new()
    {
        ["e"] = "kline",
        ["E"] = eventTime,
        ["s"] = symbol,
        ["k"] = new JsonObject
        {
            ["t"] = c.OpenTime, ["T"] = c.CloseTime, ["s"] = symbol, ["i"] = "1m", ["f"] = -1, ["L"] = -1,
            ["o"] = D(c.Open), ["c"] = D(c.Close), ["h"] = D(c.High), ["l"] = D(c.Low), ["v"] = D(c.Volume),
            ["n"] = 0, ["x"] = true, ["q"] = D(c.Volume * c.Close), ["V"] = D(0), ["Q"] = D(0), ["B"] = "0",
        },
    };
}
