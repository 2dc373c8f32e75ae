using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Execution.Streams;

namespace Sextant.Brokers.Alpaca.Data;

/// <content>
/// Live minute bars from the market-data stream (<c>v2/{feed}</c>): authenticate, subscribe to bars, emit each bar once
/// and in order per symbol; after a dropped connection reconnect with a delay and back-fill over REST what closed in
/// between. Credentials go in the auth message only, never in a log line.
/// </content>
public sealed partial class AlpacaSource : ILiveSourceStatus
{
    private int _connections;
    private volatile bool _connected;
    private volatile string? _lastDisconnect;

    /// <summary>Delay before a reconnect. Default 1 s.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Connections made by live streams so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <inheritdoc />
    public bool Connected => _connected;

    /// <summary>Requests used in the current minute of the data API, from its last <c>X-RateLimit-*</c> headers; null before the first REST answer (the stream reports none).</summary>
    public int? RequestWeightUsed => _rest.RateLimitUsed;

    /// <summary>The data API's request limit per minute (<c>X-RateLimit-Limit</c>); null before the first REST answer.</summary>
    public int? RequestWeightLimit => _rest.RateLimitLimit;

    /// <inheritdoc />
    public string? LastDisconnect => _lastDisconnect;

    /// <inheritdoc />
    public IAsyncEnumerable<LiveBar> StreamBarsAsync(IReadOnlyList<SeriesKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Any(k => k.Interval != BarInterval.OneMinute))
        {
            throw new DataException($"{Name}: the bar stream carries 1-minute bars only; asked for {string.Join(", ", keys.Where(k => k.Interval != BarInterval.OneMinute))}");
        }

        var streamBase = _options.StreamUrl ?? new UriBuilder(_options.BaseUrl) { Scheme = _options.BaseUrl.Scheme == "https" ? "wss" : "ws" }.Uri;
        var url = new Uri(streamBase, "v2/" + _feed);
        var bySymbol = keys.Distinct().ToDictionary(k => k.Symbol.Value, k => k, StringComparer.Ordinal);
        var pump = new LiveBarPump(keys, ReconnectDelay, _time);
        return pump.RunAsync(
            async (connection, stopping) =>
            {
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(url, stopping).ConfigureAwait(false);
                await WebSocketMessages.ReceiveOneAsync(socket, stopping).ConfigureAwait(false); // [{"T":"success","msg":"connected"}]
                await WebSocketMessages.SendAsync(socket, new JsonObject { ["action"] = "auth", ["key"] = _options.ApiKey, ["secret"] = _options.ApiSecret }.ToJsonString(), stopping).ConfigureAwait(false);
                var auth = await WebSocketMessages.ReceiveOneAsync(socket, stopping).ConfigureAwait(false)
                    ?? throw new WebSocketException("the bar stream closed before answering the authentication"); // a drop, not a refusal
                if (!auth.Contains("\"authenticated\"", StringComparison.Ordinal))
                {
                    throw new DataException($"{Name}: the bar stream refused the credentials; check the variables named by data.sources.{Name}.api_key_env/api_secret_env");
                }

                await WebSocketMessages.SendAsync(socket, new JsonObject { ["action"] = "subscribe", ["bars"] = new JsonArray([.. bySymbol.Keys.Select(s => (JsonNode)s)]) }.ToJsonString(), stopping).ConfigureAwait(false);
                Interlocked.Increment(ref _connections);
                _connected = true;
                if (connection > 1)
                {
                    await BackfillAsync(pump, stopping).ConfigureAwait(false);
                }

                await WebSocketMessages.ReceiveAsync(socket, text => OnMessage(text, bySymbol, pump), stopping).ConfigureAwait(false);
            },
            reason =>
            {
                _connected = false;
                _lastDisconnect = reason;
                Log.LiveStreamLost(_logger, Name, reason, ReconnectDelay);
            },
            cancellationToken);
    }

    private async Task BackfillAsync(LiveBarPump pump, CancellationToken stopping)
    {
        foreach (var key in pump.Keys)
        {
            var last = pump.LastTime(key);
            if (last == long.MinValue)
            {
                continue;
            }

            var missed = await GetBarsAsync(key, new TimeRange(new UnixNanos(last + 60_000_000_000L), TimeRange.All.End), stopping).ConfigureAwait(false);
            for (var i = 0; i < missed.Count; i++)
            {
                pump.Publish(key, new Bar(missed.Times[i], missed.Open[i], missed.High[i], missed.Low[i], missed.Close[i], missed.Volume[i]));
            }
        }
    }

    private void OnMessage(string text, Dictionary<string, SeriesKey> bySymbol, LiveBarPump pump)
    {
        try
        {
            if (JsonNode.Parse(text) is not JsonArray items)
            {
                return;
            }

            foreach (var item in items)
            {
                if (item?["T"]?.GetValue<string>() != "b" || item["S"]?.GetValue<string>() is not { } symbol || !bySymbol.TryGetValue(symbol, out var key))
                {
                    continue;
                }

                var time = UnixNanos.FromDateTimeOffset(DateTimeOffset.Parse(item["t"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
                pump.Publish(key, new Bar(time, Number(item["o"]), Number(item["h"]), Number(item["l"]), Number(item["c"]), Number(item["v"])));
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            Log.BadBar(_logger, Name, ex.Message);
        }
    }
}
