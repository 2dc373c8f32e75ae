using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Sextant.Emulator.Binance;

/// <content>Account, trades, trading fees and listen keys.</content>
internal sealed partial class BinanceApi
{
    private readonly Dictionary<string, long> _listenKeys = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="listenKey"/> exists and was renewed within the last 60 minutes.</summary>
    public bool IsListenKeyValid(string listenKey)
    {
        lock (_listenKeys)
        {
            return _listenKeys.TryGetValue(listenKey, out var expires) && expires > _state.Time.GetUtcNow().ToUnixTimeMilliseconds();
        }
    }

    /// <summary>How many keep-alive PUTs were received (tests check the adapter's 30-minute timer).</summary>
    public int KeepAlives { get; private set; }

    private IResult Account(BinanceRequest request)
    {
        lock (_exchange.Sync)
        {
            var fees = _exchange.Settings;
            return Json(new JsonObject
            {
                ["makerCommission"] = (int)(fees.MakerFee * 10_000),
                ["takerCommission"] = (int)(fees.TakerFee * 10_000),
                ["buyerCommission"] = 0,
                ["sellerCommission"] = 0,
                ["commissionRates"] = new JsonObject
                {
                    ["maker"] = BinanceJson.D(fees.MakerFee), ["taker"] = BinanceJson.D(fees.TakerFee), ["buyer"] = BinanceJson.D(0), ["seller"] = BinanceJson.D(0),
                },
                ["canTrade"] = true,
                ["canWithdraw"] = true,
                ["canDeposit"] = true,
                ["brokered"] = false,
                ["requireSelfTradePrevention"] = false,
                ["updateTime"] = _exchange.Trades.Count > 0 ? _exchange.Trades[^1].TimeMs : 0,
                ["accountType"] = "SPOT",
                ["balances"] = new JsonArray([.. _exchange.Balances.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (JsonNode)new JsonObject
                {
                    ["asset"] = b.Key, ["free"] = BinanceJson.D(b.Value.Free), ["locked"] = BinanceJson.D(b.Value.Locked),
                })]),
                ["permissions"] = new JsonArray("SPOT"),
                ["tradeGroupId"] = -1,
            });
        }
    }

    private IResult MyTrades(BinanceRequest request)
    {
        if (request.Get("symbol") is not { } symbol)
        {
            return BinanceError.Mandatory("symbol");
        }

        if (!_exchange.Instruments.ContainsKey(symbol))
        {
            return BinanceError.InvalidSymbol();
        }

        var limit = 500L;
        if (request.Get("limit") is { } l && (!TryLong(l, out limit) || limit is < 1 or > 1000))
        {
            return BinanceError.Of(-1130, "Data sent for parameter 'limit' is not valid.");
        }

        long? orderId = TryLong(request.Get("orderId"), out var o) ? o : null;
        long? fromId = TryLong(request.Get("fromId"), out var f) ? f : null;
        long? start = TryLong(request.Get("startTime"), out var s) ? s : null;
        long? end = TryLong(request.Get("endTime"), out var e) ? e : null;
        if (fromId is not null && (start is not null || end is not null))
        {
            return BinanceError.Of(-1128, "Combination of optional parameters invalid.");
        }

        lock (_exchange.Sync)
        {
            var trades = _exchange.Trades.Where(t => t.Symbol == symbol && (orderId is null || t.OrderId == orderId)
                && (fromId is null || t.Id >= fromId) && (start is null || t.TimeMs >= start) && (end is null || t.TimeMs <= end));
            // Without fromId or startTime the most recent trades come back; lists are oldest first.
            var list = fromId is null && start is null ? trades.TakeLast((int)limit) : trades.Take((int)limit);
            return Json(new JsonArray([.. list.Select(t => (JsonNode)BinanceJson.Trade(t))]));
        }
    }

    private IResult TradingFee(BinanceRequest request)
    {
        var symbol = request.Get("symbol");
        if (symbol is not null && !_exchange.Instruments.ContainsKey(symbol))
        {
            return BinanceError.InvalidSymbol();
        }

        var fees = _exchange.Settings;
        return Json(new JsonArray([.. _exchange.Instruments.Keys.Where(s => symbol is null || s == symbol).Select(s => (JsonNode)new JsonObject
        {
            ["symbol"] = s, ["makerCommission"] = Trading.Exchange.Format(fees.MakerFee), ["takerCommission"] = Trading.Exchange.Format(fees.TakerFee),
        })]));
    }

    private IResult CreateListenKey(BinanceRequest request)
    {
        var key = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());
        lock (_listenKeys)
        {
            _listenKeys[key] = _state.Time.GetUtcNow().AddMinutes(60).ToUnixTimeMilliseconds();
        }

        return Json(new JsonObject { ["listenKey"] = key });
    }

    private IResult KeepAliveListenKey(BinanceRequest request)
    {
        if (request.Get("listenKey") is not { } key)
        {
            return BinanceError.Mandatory("listenKey");
        }

        lock (_listenKeys)
        {
            if (!_listenKeys.ContainsKey(key))
            {
                return BinanceError.Of(-1125, "This listenKey does not exist.");
            }

            _listenKeys[key] = _state.Time.GetUtcNow().AddMinutes(60).ToUnixTimeMilliseconds();
            KeepAlives++;
        }

        return Json(new JsonObject());
    }

    private IResult CloseListenKey(BinanceRequest request)
    {
        if (request.Get("listenKey") is not { } key)
        {
            return BinanceError.Mandatory("listenKey");
        }

        lock (_listenKeys)
        {
            _listenKeys.Remove(key);
        }

        return Json(new JsonObject());
    }
}
