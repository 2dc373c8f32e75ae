using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sextant.Emulator.Market;
using Sextant.Emulator.Streams;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Binance;

/// <content>WebSocket streams: <c>/ws/&lt;listenKey&gt;</c> (user data), <c>/ws/&lt;symbol&gt;@kline_1m</c> (market).</content>
internal sealed partial class BinanceApi
{
    public const string UserTopic = "binance-user";
    public const string MarketTopic = "binance-market";

    public void MapStreams(IEndpointRouteBuilder app)
    {
        app.Map("/ws/{name}", async (HttpContext context, string name) =>
        {
            var market = name.Contains('@', StringComparison.Ordinal);
            if (!market && !IsListenKeyValid(name))
            {
                await BinanceError.Of(-1125, "This listenKey does not exist.").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await AcceptAsync(context, market ? MarketTopic : UserTopic, market ? [name] : [], combined: false).ConfigureAwait(false);
        });
    }

    /// <summary>A combined market stream, <c>/stream?streams=a/b</c> (the path Alpaca's trading stream shares; the emulator tells them apart by <c>streams</c>).</summary>
    public Task CombinedAsync(HttpContext context)
    {
        var streams = context.Request.Query["streams"].ToString().Split('/', StringSplitOptions.RemoveEmptyEntries);
        return AcceptAsync(context, MarketTopic, streams, combined: true);
    }

    private async Task AcceptAsync(HttpContext context, string topic, IEnumerable<string> streams, bool combined)
    {
        if (!context.WebSockets.IsWebSocketRequest || _state.Hub.Down)
        {
            context.Response.StatusCode = _state.Hub.Down ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new StreamConnection(socket, topic, binary: false) { Combined = combined };
        connection.Subscriptions.UnionWith(streams);
        await _state.Hub.RunAsync(connection, OnControlMessage, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>SUBSCRIBE, UNSUBSCRIBE and LIST_SUBSCRIPTIONS on market streams.</summary>
    private Task OnControlMessage(StreamConnection connection, string text)
    {
        JsonNode? message;
        try
        {
            message = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            connection.Enqueue("""{"code":3,"msg":"Invalid JSON: expected value at line 1 column 1"}""", false, false);
            return Task.CompletedTask;
        }

        var id = message?["id"]?.DeepClone();
        var names = message?["params"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? [];
        JsonNode? result = null;
        lock (connection.Subscriptions)
        {
            switch (message?["method"]?.GetValue<string>())
            {
                case "SUBSCRIBE":
                    connection.Subscriptions.UnionWith(names);
                    break;
                case "UNSUBSCRIBE":
                    connection.Subscriptions.ExceptWith(names);
                    break;
                case "LIST_SUBSCRIPTIONS":
                    result = new JsonArray([.. connection.Subscriptions.Select(s => (JsonNode)s)]);
                    break;
                default:
                    connection.Enqueue(new JsonObject { ["code"] = 2, ["msg"] = "Invalid request: unknown method", ["id"] = id }.ToJsonString(), false, false);
                    return Task.CompletedTask;
            }
        }

        connection.Enqueue(new JsonObject { ["result"] = result, ["id"] = id }.ToJsonString(), false, false);
        return Task.CompletedTask;
    }

    private void PublishExecution(ExchangeEvent e)
    {
        var report = BinanceEvents.ExecutionReport(e, _cancelClientId).ToJsonString();
        _state.Hub.Publish(c => c.Topic == UserTopic, _ => report);
        if (e.Kind == ExecutionKind.Trade)
        {
            var position = BinanceEvents.AccountPosition(_exchange, e.Order, e.TimeMs).ToJsonString();
            _state.Hub.Publish(c => c.Topic == UserTopic, _ => position);
        }
    }

    private void PublishKline(string symbol, Candle candle)
    {
        if (!_exchange.Instruments.ContainsKey(symbol))
        {
            return;
        }

        // Built only when a connection listens (a step reveals every series; most have no subscriber), once for all of them.
        var name = symbol.ToLowerInvariant() + "@kline_1m";
        string? raw = null;
        string? wrapped = null;
        string Raw() => raw ??= BinanceJson.KlineEvent(symbol, candle, _state.ServerTimeMs).ToJsonString();
        _state.Hub.Publish(
            c =>
            {
                if (c.Topic != MarketTopic)
                {
                    return false;
                }

                lock (c.Subscriptions)
                {
                    return c.Subscriptions.Contains(name);
                }
            },
            c => c.Combined ? wrapped ??= "{\"stream\":\"" + name + "\",\"data\":" + Raw() + "}" : Raw(),
            _state.Options.Probe is { } probe ? t => probe.BarSent(symbol, candle.OpenTime, t) : null);
    }
}
