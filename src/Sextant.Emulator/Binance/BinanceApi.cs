using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sextant.Emulator.Hosting;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Binance;

/// <summary>The Binance US REST subset (weights per the 2023-09-06 US docs) and its user-data stream events.</summary>
internal sealed partial class BinanceApi
{
    private readonly EmulatorState _state;
    private readonly Exchange _exchange;
    private readonly BinanceAuth _auth;
    private readonly MinuteBudget _weights;
    private string? _cancelClientId;

    public BinanceApi(EmulatorState state)
    {
        _state = state;
        _exchange = state.Binance;
        _auth = new BinanceAuth(state.Options.Key, state.Options.Secret);
        _weights = new MinuteBudget(state.Time);
        _exchange.Events += PublishExecution;
        state.Feed.Subscribe(PublishKline);
    }

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v3/ping", c => Handle(c, 1, Security.None, _ => Json(new JsonObject())));
        app.MapGet("/api/v3/time", c => Handle(c, 1, Security.None, _ => Json(new JsonObject { ["serverTime"] = _state.ServerTimeMs })));
        app.MapGet("/api/v3/exchangeInfo", c => Handle(c, 10, Security.None, ExchangeInfo));
        app.MapGet("/api/v3/klines", c => Handle(c, 1, Security.None, Klines));
        app.MapPost("/api/v3/order", c => Handle(c, 1, Security.Signed, NewOrder));
        app.MapPost("/api/v3/order/test", c => Handle(c, 1, Security.Signed, TestOrder));
        app.MapGet("/api/v3/order", c => Handle(c, 2, Security.Signed, QueryOrder));
        app.MapDelete("/api/v3/order", c => Handle(c, 1, Security.Signed, CancelOrder));
        app.MapGet("/api/v3/openOrders", c => Handle(c, r => r.Has("symbol") ? 3 : 40, Security.Signed, OpenOrders));
        app.MapGet("/api/v3/account", c => Handle(c, 10, Security.Signed, Account));
        app.MapGet("/api/v3/myTrades", c => Handle(c, 10, Security.Signed, MyTrades));
        app.MapGet("/sapi/v1/asset/query/trading-fee", c => Handle(c, 1, Security.Signed, TradingFee));
        app.MapPost("/api/v3/userDataStream", c => Handle(c, 1, Security.ApiKey, CreateListenKey));
        app.MapPut("/api/v3/userDataStream", c => Handle(c, 1, Security.ApiKey, KeepAliveListenKey));
        app.MapDelete("/api/v3/userDataStream", c => Handle(c, 1, Security.ApiKey, CloseListenKey));
    }

    internal static IResult Json(JsonNode node) => Results.Content(node.ToJsonString(), "application/json;charset=UTF-8");

    /// <summary>Where the arrival timestamp of a request waits for its handler (<see cref="EmulatorOptions.Probe"/>).</summary>
    internal const string ArrivedKey = "sextant.arrived";

    private Task Handle(HttpContext context, int weight, Security security, Func<BinanceRequest, IResult> handler) =>
        Handle(context, _ => weight, security, handler);

    private async Task Handle(HttpContext context, Func<BinanceRequest, int> weight, Security security, Func<BinanceRequest, IResult> handler)
    {
        var request = await BinanceRequest.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var (used, resetSeconds, _) = _weights.Add(weight(request));
        var text = used.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-MBX-USED-WEIGHT-1M"] = text;
        context.Response.Headers["X-MBX-USED-WEIGHT"] = text;
        IResult result;
        if (_state.Options.Probe is { } probe && request.Get("newClientOrderId") is { } clientOrderId && context.Items[ArrivedKey] is long arrived)
        {
            probe.OrderReceived(clientOrderId, arrived);
        }

        if (used > (_state.Options.RequestWeightLimit ?? int.MaxValue))
        {
            context.Response.Headers.RetryAfter = resetSeconds.ToString(CultureInfo.InvariantCulture);
            result = BinanceError.Of(-1003, $"Too much request weight used; current limit is {_state.Options.RequestWeightLimit} request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.", 429);
        }
        else
        {
            result = _auth.Check(request, security, _state.ServerTimeMs) ?? handler(request);
        }

        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static bool TryLong(string? text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
