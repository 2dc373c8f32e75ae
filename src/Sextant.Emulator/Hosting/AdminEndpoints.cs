using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sextant.Emulator.Faults;

namespace Sextant.Emulator.Hosting;

/// <summary><c>/_emulator/...</c>: the <see cref="EmulatorControl"/> over HTTP, for a separately running emulator. JSON bodies, snake_case.</summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app, EmulatorControl control)
    {
        app.MapGet("/_emulator/state", () => Results.Json(new
        {
            symbols = control.Symbols.ToDictionary(s => s, control.Price),
            streams = control.StreamCount,
            streams_down = control.StreamsDown,
            market_open = control.MarketOpen,
        }));
        app.MapPost("/_emulator/price", (JsonObject body) =>
        {
            var symbol = body["symbol"]?.GetValue<string>();
            if (symbol is null || !control.Symbols.Contains(symbol) || !TryDecimal(body["price"], out var price))
            {
                return Results.BadRequest(new { error = "need symbol (one of " + string.Join(", ", control.Symbols) + ") and a positive price" });
            }

            control.SetPrice(symbol, price);
            return Results.Ok(new { symbol, price });
        });
        app.MapPost("/_emulator/step", (JsonObject body) =>
        {
            control.Step(body["bars"]?.GetValue<int>() ?? 1);
            return Results.Ok();
        });
        app.MapPost("/_emulator/trade", (JsonObject body) =>
        {
            var id = body["client_order_id"]?.GetValue<string>() ?? string.Empty;
            var ok = TryDecimal(body["qty"], out var qty) && control.Trade(id, qty, TryDecimal(body["price"], out var p) ? p : null);
            return ok ? Results.Ok() : Results.NotFound(new { error = $"no open order {id} that can trade that quantity" });
        });
        app.MapPost("/_emulator/faults", (JsonObject body) =>
        {
            if (!Enum.TryParse<FaultKind>(body["kind"]?.GetValue<string>(), ignoreCase: true, out var kind))
            {
                return Results.BadRequest(new { error = "kind must be status, dropresponse or delay" });
            }

            control.AddFault(new FaultRule
            {
                Kind = kind,
                Path = body["path"]?.GetValue<string>(),
                Method = body["method"]?.GetValue<string>(),
                Status = body["status"]?.GetValue<int>() ?? 503,
                RetryAfterSeconds = body["retry_after"]?.GetValue<int>() ?? 1,
                Delay = TimeSpan.FromMilliseconds(body["delay_ms"]?.GetValue<int>() ?? 0),
                Count = body["count"]?.GetValue<int>() ?? 1,
            });
            return Results.Ok();
        });
        app.MapDelete("/_emulator/faults", () =>
        {
            control.ClearFaults();
            return Results.Ok();
        });
        app.MapPost("/_emulator/streams", (JsonObject body) =>
        {
            var dropped = body["drop"]?.GetValue<bool>() == true ? control.DropStreams() : 0;
            control.StreamsDown = body["down"]?.GetValue<bool>() ?? control.StreamsDown;
            control.DuplicateEvents = body["duplicate"]?.GetValue<bool>() ?? control.DuplicateEvents;
            control.ReorderEvents = body["reorder"]?.GetValue<bool>() ?? control.ReorderEvents;
            return Results.Ok(new { dropped });
        });
        app.MapPost("/_emulator/market", (JsonObject body) =>
        {
            control.MarketOpen = body["open"]?.GetValue<bool>() ?? true;
            return Results.Ok();
        });
        app.MapPost("/_emulator/cancel-race", (JsonObject body) =>
        {
            control.ArmCancelRace(body["count"]?.GetValue<int>() ?? 1);
            return Results.Ok();
        });
        app.MapPost("/_emulator/clock", (JsonObject body) =>
        {
            control.ClockSkew = TimeSpan.FromMilliseconds(body["skew_ms"]?.GetValue<long>() ?? 0);
            control.Latency = TimeSpan.FromMilliseconds(body["latency_ms"]?.GetValue<long>() ?? control.Latency.TotalMilliseconds);
            return Results.Ok();
        });
    }

    private static bool TryDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        return node is JsonValue v && (v.TryGetValue(out value) || (v.TryGetValue<string>(out var text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))) && value > 0;
    }
}
