using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sextant.Emulator.Hosting;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Alpaca;

/// <summary>The Alpaca trading API v2 subset, market data bars and both streams. Auth: <c>APCA-API-KEY-ID</c> and <c>APCA-API-SECRET-KEY</c>.</summary>
internal sealed partial class AlpacaApi
{
    private readonly EmulatorState _state;
    private readonly Exchange _exchange;
    private readonly MinuteBudget _tradingRequests;
    private readonly MinuteBudget _dataRequests;

    public AlpacaApi(EmulatorState state)
    {
        _state = state;
        _tradingRequests = new MinuteBudget(state.Time);
        _dataRequests = new MinuteBudget(state.Time);
        _exchange = state.Alpaca;
        _exchange.Events += PublishTradeUpdate;
        state.Feed.Subscribe(PublishBar);
    }

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v2/account", c => Handle(c, _ => Account()));
        app.MapPost("/v2/orders", c => Handle(c, NewOrderAsync));
        app.MapGet("/v2/orders", c => Handle(c, ListOrders));
        app.MapDelete("/v2/orders", c => Handle(c, _ => CancelAll()));
        app.MapGet("/v2/orders:by_client_order_id", c => Handle(c, ByClientOrderId));
        app.MapGet("/v2/orders/{id}", c => Handle(c, GetOrder));
        app.MapDelete("/v2/orders/{id}", c => Handle(c, CancelOrder));
        app.MapGet("/v2/positions", c => Handle(c, _ => Positions(null)));
        app.MapGet("/v2/positions/{symbol}", c => Handle(c, r => Positions((string)r.Request.RouteValues["symbol"]!)));
        app.MapGet("/v2/clock", c => Handle(c, _ => Clock()));
        app.MapGet("/v2/account/activities/FILL", c => Handle(c, Activities));
        app.MapGet("/v2/stocks/{symbol}/bars", c => Handle(c, Bars));
        foreach (var feed in (string[])["iex", "sip", "test"])
        {
            app.Map("/v2/" + feed, DataStreamAsync);
        }
    }

    internal static IResult Json(JsonNode? node, int status = 200) =>
        Results.Content(node?.ToJsonString() ?? "null", "application/json; charset=utf-8", statusCode: status);

    internal static IResult Error(int status, int code, string message) =>
        Json(new JsonObject { ["code"] = code, ["message"] = message }, status);

    private bool Authorized(HttpRequest request) =>
        request.Headers.TryGetValue("APCA-API-KEY-ID", out var key) && string.Equals(key.ToString(), _state.Options.Key, StringComparison.Ordinal)
        && request.Headers.TryGetValue("APCA-API-SECRET-KEY", out var secret) && string.Equals(secret.ToString(), _state.Options.Secret, StringComparison.Ordinal);

    private Task Handle(HttpContext context, Func<HttpContext, IResult> handler) => Handle(context, c => Task.FromResult(handler(c)));

    private async Task Handle(HttpContext context, Func<HttpContext, Task<IResult>> handler)
    {
        IResult result;
        if (!Authorized(context.Request))
        {
            result = Error(401, 40110000, "request is not authorized");
        }
        else if (_state.Options.AlpacaRequestLimit is not { } limit)
        {
            result = await handler(context).ConfigureAwait(false);
        }
        else
        {
            var budget = context.Request.Path.StartsWithSegments("/v2/stocks", StringComparison.Ordinal) ? _dataRequests : _tradingRequests;
            var (used, _, reset) = budget.Add(1);
            var headers = context.Response.Headers;
            headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = Math.Max(0, limit - used).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
            result = used > limit
                ? Error(429, 42910000, "rate limit exceeded")
                : await handler(context).ConfigureAwait(false);
        }

        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static bool TryTime(string? text, out long ms)
    {
        ms = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            ms = time.ToUnixTimeMilliseconds();
            return true;
        }

        return false;
    }
}
