using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sextant.Emulator.Market;
using Sextant.Emulator.Streams;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Alpaca;

/// <content>The trading stream (<c>/stream</c>, binary frames as paper sends them, <c>trade_updates</c>) and the market data stream (<c>/v2/iex</c>).</content>
internal sealed partial class AlpacaApi
{
    public const string TradingTopic = "alpaca-trading";
    public const string DataTopic = "alpaca-data";

    public Task TradingStreamAsync(HttpContext context) => AcceptAsync(context, TradingTopic, binary: true, OnTradingMessage, greeting: null);

    private Task DataStreamAsync(HttpContext context) =>
        AcceptAsync(context, DataTopic, binary: false, OnDataMessage, greeting: """[{"T":"success","msg":"connected"}]""");

    private async Task AcceptAsync(HttpContext context, string topic, bool binary, Func<StreamConnection, string, Task> onMessage, string? greeting)
    {
        if (!context.WebSockets.IsWebSocketRequest || _state.Hub.Down)
        {
            context.Response.StatusCode = _state.Hub.Down ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new StreamConnection(socket, topic, binary) { Authenticated = Authorized(context.Request) };
        if (greeting is not null)
        {
            connection.Enqueue(greeting, false, false);
            if (connection.Authenticated)
            {
                connection.Enqueue("""[{"T":"success","msg":"authenticated"}]""", false, false);
            }
        }

        await _state.Hub.RunAsync(connection, onMessage, context.RequestAborted).ConfigureAwait(false);
    }

    private static JsonObject? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private bool KeyMatches(string? key, string? secret) =>
        string.Equals(key, _state.Options.Key, StringComparison.Ordinal) && string.Equals(secret, _state.Options.Secret, StringComparison.Ordinal);

    private Task OnTradingMessage(StreamConnection connection, string text)
    {
        var message = Parse(text);
        var action = message?["action"]?.GetValue<string>();
        if (action is "auth" or "authenticate")
        {
            var data = message!["data"] as JsonObject;
            var key = (data?["key_id"] ?? message["key"])?.GetValue<string>();
            var secret = (data?["secret_key"] ?? message["secret"])?.GetValue<string>();
            connection.Authenticated = KeyMatches(key, secret);
            var status = connection.Authenticated ? "authorized" : "unauthorized";
            connection.Enqueue(new JsonObject { ["stream"] = "authorization", ["data"] = new JsonObject { ["status"] = status, ["action"] = "authenticate" } }.ToJsonString(), false, false);
        }
        else if (action == "listen" && connection.Authenticated)
        {
            var streams = message!["data"]?["streams"]?.AsArray().Select(s => s!.GetValue<string>()).ToList() ?? [];
            connection.Listening = streams.Contains("trade_updates");
            var list = new JsonArray([.. streams.Where(s => s == "trade_updates").Select(s => (JsonNode)s)]);
            connection.Enqueue(new JsonObject { ["stream"] = "listening", ["data"] = new JsonObject { ["streams"] = list } }.ToJsonString(), false, false);
        }
        else
        {
            connection.Enqueue("""{"stream":"authorization","data":{"status":"unauthorized","action":"listen"}}""", false, false);
        }

        return Task.CompletedTask;
    }

    private Task OnDataMessage(StreamConnection connection, string text)
    {
        var message = Parse(text);
        var action = message?["action"]?.GetValue<string>();
        if (action == "auth")
        {
            if (connection.Authenticated)
            {
                connection.Enqueue("""[{"T":"error","code":403,"msg":"already authenticated"}]""", false, false);
                return Task.CompletedTask;
            }

            connection.Authenticated = KeyMatches(message!["key"]?.GetValue<string>(), message["secret"]?.GetValue<string>());
            connection.Enqueue(connection.Authenticated ? """[{"T":"success","msg":"authenticated"}]""" : """[{"T":"error","code":402,"msg":"auth failed"}]""", false, false);
        }
        else if (action is "subscribe" or "unsubscribe")
        {
            if (!connection.Authenticated)
            {
                connection.Enqueue("""[{"T":"error","code":401,"msg":"not authenticated"}]""", false, false);
                return Task.CompletedTask;
            }

            var bars = message!["bars"]?.AsArray().Select(s => s!.GetValue<string>()).ToList() ?? [];
            JsonArray current;
            lock (connection.Subscriptions)
            {
                if (action == "subscribe")
                {
                    connection.Subscriptions.UnionWith(bars);
                }
                else
                {
                    connection.Subscriptions.ExceptWith(bars);
                }

                current = new JsonArray([.. connection.Subscriptions.Order(StringComparer.Ordinal).Select(s => (JsonNode)s)]);
            }

            connection.Enqueue(new JsonArray(new JsonObject
            {
                ["T"] = "subscription", ["trades"] = new JsonArray(), ["quotes"] = new JsonArray(), ["bars"] = current,
                ["updatedBars"] = new JsonArray(), ["dailyBars"] = new JsonArray(), ["statuses"] = new JsonArray(),
            }).ToJsonString(), false, false);
        }
        else
        {
            connection.Enqueue("""[{"T":"error","code":400,"msg":"invalid syntax"}]""", false, false);
        }

        return Task.CompletedTask;
    }

    private void PublishTradeUpdate(ExchangeEvent e)
    {
        var message = AlpacaJson.TradeUpdate(e, _exchange.BalanceOf(e.Order.Symbol).Total).ToJsonString();
        _state.Hub.Publish(c => c.Topic == TradingTopic && c.Listening, _ => message);
    }

    private void PublishBar(string symbol, Candle candle)
    {
        if (!_exchange.Instruments.ContainsKey(symbol))
        {
            return;
        }

        string? message = null; // built only when a connection listens
        _state.Hub.Publish(
            c =>
            {
                if (c.Topic != DataTopic || !c.Authenticated)
                {
                    return false;
                }

                lock (c.Subscriptions)
                {
                    return c.Subscriptions.Contains(symbol) || c.Subscriptions.Contains("*");
                }
            },
            _ =>
            {
                if (message is null)
                {
                    var bar = Bar(candle);
                    bar["T"] = "b";
                    bar["S"] = symbol;
                    message = new JsonArray(bar).ToJsonString();
                }

                return message;
            });
    }
}
