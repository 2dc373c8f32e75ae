using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Alpaca;

/// <content>Account, positions, fill activities and the market clock.</content>
internal sealed partial class AlpacaApi
{
    private static readonly TimeZoneInfo NewYork = FindNewYork();

    private IResult Account()
    {
        lock (_exchange.Sync)
        {
            var usd = _exchange.BalanceOf("USD");
            var market = _exchange.Instruments.Keys.Sum(s => _exchange.BalanceOf(s).Total * _exchange.Price(s));
            var equity = AlpacaJson.D(usd.Total + market);
            return Json(new JsonObject
            {
                ["id"] = AlpacaJson.AssetId("account"),
                ["account_number"] = "PA3EMULATOR1",
                ["status"] = "ACTIVE",
                ["currency"] = "USD",
                ["cash"] = AlpacaJson.D(usd.Total),
                ["portfolio_value"] = equity,
                ["buying_power"] = AlpacaJson.D(usd.Free),
                ["regt_buying_power"] = AlpacaJson.D(usd.Free),
                ["non_marginable_buying_power"] = AlpacaJson.D(usd.Free),
                ["equity"] = equity,
                ["last_equity"] = AlpacaJson.D(_exchange.Settings.StartingBalances["USD"]),
                ["long_market_value"] = AlpacaJson.D(market),
                ["short_market_value"] = "0",
                ["initial_margin"] = "0",
                ["maintenance_margin"] = "0",
                ["multiplier"] = "1",
                ["daytrade_count"] = 0,
                ["pattern_day_trader"] = false,
                ["trading_blocked"] = false,
                ["transfers_blocked"] = false,
                ["account_blocked"] = false,
                ["shorting_enabled"] = false,
                ["trade_suspended_by_user"] = false,
                ["created_at"] = "2024-01-02T14:30:00.000000Z",
            });
        }
    }

    private IResult Positions(string? symbol)
    {
        lock (_exchange.Sync)
        {
            var positions = _exchange.Instruments.Keys
                .Where(s => (symbol is null || s == symbol) && _exchange.BalanceOf(s).Total != 0)
                .Select(s => (JsonNode)Position(s, _exchange.BalanceOf(s)))
                .ToArray();
            if (symbol is not null)
            {
                return positions.Length == 0 ? Error(404, 40410000, "position does not exist") : Json(positions[0]);
            }

            return Json(new JsonArray(positions));
        }
    }

    private JsonObject Position(string symbol, Balance balance)
    {
        var price = _exchange.Price(symbol);
        var value = balance.Total * price;
        var pl = value - balance.CostBasis;
        return new JsonObject
        {
            ["asset_id"] = AlpacaJson.AssetId(symbol),
            ["symbol"] = symbol,
            ["exchange"] = "ARCA",
            ["asset_class"] = "us_equity",
            ["avg_entry_price"] = AlpacaJson.D(decimal.Round(balance.CostBasis / balance.Total, 6)),
            ["qty"] = AlpacaJson.D(balance.Total),
            ["qty_available"] = AlpacaJson.D(balance.Free),
            ["side"] = "long",
            ["market_value"] = AlpacaJson.D(value),
            ["cost_basis"] = AlpacaJson.D(balance.CostBasis),
            ["unrealized_pl"] = AlpacaJson.D(pl),
            ["unrealized_plpc"] = AlpacaJson.D(balance.CostBasis == 0 ? 0 : decimal.Round(pl / balance.CostBasis, 8)),
            ["unrealized_intraday_pl"] = AlpacaJson.D(pl),
            ["unrealized_intraday_plpc"] = AlpacaJson.D(balance.CostBasis == 0 ? 0 : decimal.Round(pl / balance.CostBasis, 8)),
            ["current_price"] = AlpacaJson.D(price),
            ["lastday_price"] = AlpacaJson.D(price),
            ["change_today"] = "0",
        };
    }

    private IResult Activities(HttpContext context)
    {
        var query = context.Request.Query;
        var after = TryTime(query["after"], out var a) ? a : (long?)null;
        var until = TryTime(query["until"], out var u) ? u : (long?)null;
        var size = int.TryParse(query["page_size"], System.Globalization.CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, 100) : 100;
        lock (_exchange.Sync)
        {
            var trades = _exchange.Trades.Where(t => (after is null || t.TimeMs > after) && (until is null || t.TimeMs < until));
            trades = query["direction"] == "asc" ? trades.Take(size) : trades.Reverse().Take(size);
            return Json(new JsonArray([.. trades.Select(t =>
            {
                var order = _exchange.Orders.First(o => o.Id == t.OrderId);
                return (JsonNode)new JsonObject
                {
                    ["id"] = DateTimeOffset.FromUnixTimeMilliseconds(t.TimeMs).UtcDateTime.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture) + "::" + AlpacaJson.ExecutionId(t.Id),
                    ["activity_type"] = "FILL",
                    ["transaction_time"] = AlpacaJson.Time(t.TimeMs),
                    ["type"] = t.LeavesQuantity == 0 ? "fill" : "partial_fill",
                    ["price"] = AlpacaJson.D(t.Price),
                    ["qty"] = AlpacaJson.D(t.Quantity),
                    ["side"] = t.Side == Side.Buy ? "buy" : "sell",
                    ["symbol"] = t.Symbol,
                    ["leaves_qty"] = AlpacaJson.D(t.LeavesQuantity),
                    ["order_id"] = order.Uuid,
                    ["cum_qty"] = AlpacaJson.D(t.CumulativeQuantity),
                    ["order_status"] = t.LeavesQuantity == 0 ? "filled" : "partially_filled",
                };
            })]));
        }
    }

    /// <summary>The clock in New York time with its offset; open or closed as the emulator's switch says (default open, so demos work at any hour).</summary>
    private IResult Clock()
    {
        var now = TimeZoneInfo.ConvertTime(_state.Time.GetUtcNow(), NewYork);
        var open = _exchange.MarketOpen;
        var nextOpen = NextWeekday(now, new TimeSpan(9, 30, 0), open || now.TimeOfDay >= new TimeSpan(9, 30, 0));
        var nextClose = NextWeekday(now, new TimeSpan(16, 0, 0), now.TimeOfDay >= new TimeSpan(16, 0, 0));
        return Json(new JsonObject
        {
            ["timestamp"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'00'zzz", System.Globalization.CultureInfo.InvariantCulture),
            ["is_open"] = open,
            ["next_open"] = nextOpen.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["next_close"] = nextClose.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private static DateTimeOffset NextWeekday(DateTimeOffset now, TimeSpan at, bool tomorrow)
    {
        var day = now.Date.AddDays(tomorrow ? 1 : 0);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        var local = day + at;
        return new DateTimeOffset(local, NewYork.GetUtcOffset(local));
    }

    private static TimeZoneInfo FindNewYork()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        }
        catch (TimeZoneNotFoundException)
        {
            // No tz database on this machine: Eastern Standard Time without daylight saving is close enough for the emulator.
            return TimeZoneInfo.CreateCustomTimeZone("EST", TimeSpan.FromHours(-5), "EST", "EST");
        }
    }
}
