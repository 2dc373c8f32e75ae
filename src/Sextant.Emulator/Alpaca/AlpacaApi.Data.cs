using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Sextant.Emulator.Market;

namespace Sextant.Emulator.Alpaca;

/// <content>Historical bars, <c>GET /v2/stocks/{symbol}/bars</c>, with paging. Numbers are JSON numbers here, as in the data API.</content>
internal sealed partial class AlpacaApi
{
    private static JsonObject Bar(Candle c) => new()
    {
        ["t"] = DateTimeOffset.FromUnixTimeMilliseconds(c.OpenTime).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["o"] = c.Open,
        ["h"] = c.High,
        ["l"] = c.Low,
        ["c"] = c.Close,
        ["v"] = c.Volume,
        ["n"] = 0,
        ["vw"] = decimal.Round((c.High + c.Low + c.Close) / 3, 4),
    };

    /// <summary>Minutes per timeframe: <c>[1-59]Min|T</c>, <c>[1-23]Hour|H</c>, <c>1Day|D</c>, <c>1Week|W</c>; months are not served by the emulator.</summary>
    private static long? TimeframeMs(string text)
    {
        var match = Regex.Match(text, "^([0-9]+)(Min|T|Hour|H|Day|D|Week|W)$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        if (!match.Success || !int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return match.Groups[2].Value switch
        {
            "Min" or "T" when n is >= 1 and <= 59 => n * Candle.MinuteMs,
            "Hour" or "H" when n is >= 1 and <= 23 => n * 60 * Candle.MinuteMs,
            "Day" or "D" when n == 1 => 1440 * Candle.MinuteMs,
            "Week" or "W" when n == 1 => 7 * 1440 * Candle.MinuteMs,
            _ => null,
        };
    }

    private IResult Bars(HttpContext context)
    {
        var symbol = (string)context.Request.RouteValues["symbol"]!;
        var query = context.Request.Query;
        if (TimeframeMs(query["timeframe"].ToString()) is not { } length)
        {
            return Error(422, 42210000, "invalid timeframe");
        }

        var limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) ? l : 1000;
        if (limit is < 1 or > 10_000)
        {
            return Error(422, 42210000, "invalid limit: must be between 1 and 10000");
        }

        var start = TryTime(query["start"], out var s) ? s : (long?)null;
        var end = TryTime(query["end"], out var e) ? e : (long?)null;
        var after = query["page_token"].ToString() is { Length: > 0 } token
            ? long.Parse(Encoding.ASCII.GetString(Convert.FromBase64String(token)), CultureInfo.InvariantCulture)
            : (long?)null;
        if (!_state.Feed.Has(symbol) || _exchange.Instruments.ContainsKey(symbol) is false)
        {
            return Json(new JsonObject { ["bars"] = new JsonArray(), ["symbol"] = symbol, ["next_page_token"] = null });
        }

        // Without start the emulator returns the whole revealed history (the venue would start at today's open).
        var bars = Intervals.Aggregate(_state.Feed.History(symbol), length)
            .Where(c => (start is null || c.OpenTime >= start) && (end is null || c.OpenTime <= end) && (after is null || c.OpenTime > after))
            .ToList();
        if (query["sort"] == "desc")
        {
            bars.Reverse();
        }

        var page = bars.Take(limit).ToList();
        var next = bars.Count > limit ? Convert.ToBase64String(Encoding.ASCII.GetBytes(page[^1].OpenTime.ToString(CultureInfo.InvariantCulture))) : null;
        return Json(new JsonObject
        {
            ["bars"] = new JsonArray([.. page.Select(c => (JsonNode)Bar(c))]),
            ["symbol"] = symbol,
            ["next_page_token"] = next,
        });
    }
}
