using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sextant.Emulator.Market;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Binance;

/// <content>exchangeInfo and klines.</content>
internal sealed partial class BinanceApi
{
    private IResult ExchangeInfo(BinanceRequest request)
    {
        var wanted = new List<string>();
        if (request.Get("symbol") is { } one)
        {
            wanted.Add(one);
        }
        else if (request.Get("symbols") is { } many)
        {
            try
            {
                wanted.AddRange(JsonSerializer.Deserialize<string[]>(many) ?? []);
            }
            catch (JsonException)
            {
                return BinanceError.Of(-1100, "Illegal characters found in parameter 'symbols'; legal range is '^\\[(\"[A-Z0-9-_.]{1,20}\"(,\"[A-Z0-9-_.]{1,20}\"){0,}){0,1}\\]$'.");
            }
        }

        if (wanted.Exists(s => !_exchange.Instruments.ContainsKey(s)))
        {
            return BinanceError.InvalidSymbol();
        }

        var symbols = new JsonArray();
        foreach (var spec in _exchange.Instruments.Values.Where(s => wanted.Count == 0 || wanted.Contains(s.Symbol)))
        {
            symbols.Add(Symbol(spec));
        }

        return Json(new JsonObject
        {
            ["timezone"] = "UTC",
            ["serverTime"] = _state.ServerTimeMs,
            ["rateLimits"] = new JsonArray(
                new JsonObject { ["rateLimitType"] = "REQUEST_WEIGHT", ["interval"] = "MINUTE", ["intervalNum"] = 1, ["limit"] = _state.Options.RequestWeightLimit ?? 0 },
                new JsonObject { ["rateLimitType"] = "ORDERS", ["interval"] = "SECOND", ["intervalNum"] = 10, ["limit"] = 100 },
                new JsonObject { ["rateLimitType"] = "RAW_REQUESTS", ["interval"] = "MINUTE", ["intervalNum"] = 5, ["limit"] = 5000 }),
            ["exchangeFilters"] = new JsonArray(),
            ["symbols"] = symbols,
            ["permissions"] = new JsonArray("SPOT"),
            ["defaultSelfTradePreventionMode"] = "NONE",
            ["allowedSelfTradePreventionModes"] = new JsonArray("NONE"),
        });
    }

    private static JsonObject Symbol(InstrumentSpec spec) => new()
    {
        ["symbol"] = spec.Symbol,
        ["status"] = "TRADING",
        ["baseAsset"] = spec.BaseAsset,
        ["baseAssetPrecision"] = spec.BasePrecision,
        ["quoteAsset"] = spec.QuoteAsset,
        ["quotePrecision"] = spec.QuotePrecision,
        ["quoteAssetPrecision"] = spec.QuotePrecision,
        ["orderTypes"] = new JsonArray("LIMIT", "LIMIT_MAKER", "MARKET"),
        ["icebergAllowed"] = false,
        ["ocoAllowed"] = false,
        ["quoteOrderQtyMarketAllowed"] = true,
        ["cancelReplaceAllowed"] = false,
        ["isSpotTradingAllowed"] = true,
        ["isMarginTradingAllowed"] = false,
        ["filters"] = new JsonArray(
            new JsonObject { ["filterType"] = "PRICE_FILTER", ["minPrice"] = BinanceJson.D(spec.MinPrice), ["maxPrice"] = BinanceJson.D(spec.MaxPrice), ["tickSize"] = BinanceJson.D(spec.TickSize) },
            new JsonObject { ["filterType"] = "LOT_SIZE", ["minQty"] = BinanceJson.D(spec.MinQty), ["maxQty"] = BinanceJson.D(spec.MaxQty), ["stepSize"] = BinanceJson.D(spec.StepSize) },
            new JsonObject
            {
                ["filterType"] = "NOTIONAL", ["minNotional"] = BinanceJson.D(spec.MinNotional), ["applyMinToMarket"] = true,
                ["maxNotional"] = BinanceJson.D(9_000_000m), ["applyMaxToMarket"] = false, ["avgPriceMins"] = 0,
            }),
        ["permissions"] = new JsonArray("SPOT"),
        ["defaultSelfTradePreventionMode"] = "NONE",
        ["allowedSelfTradePreventionModes"] = new JsonArray("NONE"),
    };

    private IResult Klines(BinanceRequest request)
    {
        if (request.Get("symbol") is not { } symbol)
        {
            return BinanceError.Mandatory("symbol");
        }

        if (request.Get("interval") is not { } interval)
        {
            return BinanceError.Mandatory("interval");
        }

        if (!_exchange.Instruments.ContainsKey(symbol))
        {
            return BinanceError.InvalidSymbol();
        }

        if (Intervals.BinanceMs(interval) is not { } length)
        {
            return BinanceError.Of(-1120, "Invalid interval.");
        }

        var limit = 500L;
        if (request.Get("limit") is { } l && (!TryLong(l, out limit) || limit is < 1 or > 1000))
        {
            return BinanceError.Of(-1130, "Data sent for parameter 'limit' is not valid.");
        }

        long? start = TryLong(request.Get("startTime"), out var s) ? s : null;
        long? end = TryLong(request.Get("endTime"), out var e) ? e : null;
        var bars = Intervals.Aggregate(_state.Feed.History(symbol), length)
            .Where(c => (start is null || c.OpenTime >= start) && (end is null || c.OpenTime <= end));
        var rows = start is null && end is null ? bars.TakeLast((int)limit) : end is not null && start is null ? bars.TakeLast((int)limit) : bars.Take((int)limit);
        return Json(new JsonArray([.. rows.Select(c => (JsonNode)BinanceJson.Kline(c))]));
    }
}
