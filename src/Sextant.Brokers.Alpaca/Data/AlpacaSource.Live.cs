using System.Globalization;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
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
public sealed partial class AlpacaSource
{
    private int _connections;

    /// <summary>Delay before a reconnect. Default 1 s.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Connections made by live streams so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <inheritdoc />
    public async IAsyncEnumerable<LiveBar> StreamBarsAsync(IReadOnlyList<SeriesKey> keys, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Any(k => k.Interval != BarInterval.OneMinute))
        {
            throw new DataException($"{Name}: the bar stream carries 1-minute bars only; asked for {string.Join(", ", keys.Where(k => k.Interval != BarInterval.OneMinute))}");
        }

        var streamBase = _options.StreamUrl ?? new UriBuilder(_options.BaseUrl) { Scheme = _options.BaseUrl.Scheme == "https" ? "wss" : "ws" }.Uri;
        var url = new Uri(streamBase, "v2/" + _feed);
        var last = keys.ToDictionary(k => k.Symbol.Value, _ => long.MinValue, StringComparer.Ordinal);
        var bySymbol = keys.ToDictionary(k => k.Symbol.Value, k => k, StringComparer.Ordinal);
        var channel = Channel.CreateUnbounded<LiveBar>(new UnboundedChannelOptions { SingleReader = true });
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = Task.Run(() => PumpAsync(url, bySymbol, last, channel.Writer, stopping.Token), CancellationToken.None);
        try
        {
            await foreach (var bar in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return bar;
            }
        }
        finally
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            await pump.ConfigureAwait(false);
        }
    }

    private async Task PumpAsync(Uri url, Dictionary<string, SeriesKey> bySymbol, Dictionary<string, long> last, ChannelWriter<LiveBar> writer, CancellationToken stopping)
    {
        var gate = new Lock();
        void Publish(SeriesKey key, Bar bar)
        {
            lock (gate)
            {
                if (bar.Time.Value > last[key.Symbol.Value])
                {
                    last[key.Symbol.Value] = bar.Time.Value;
                    writer.TryWrite(new LiveBar(key, bar));
                }
            }
        }

        while (!stopping.IsCancellationRequested)
        {
            try
            {
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(url, stopping).ConfigureAwait(false);
                await WebSocketMessages.ReceiveOneAsync(socket, stopping).ConfigureAwait(false); // [{"T":"success","msg":"connected"}]
                await WebSocketMessages.SendAsync(socket, new JsonObject { ["action"] = "auth", ["key"] = _options.ApiKey, ["secret"] = _options.ApiSecret }.ToJsonString(), stopping).ConfigureAwait(false);
                var auth = await WebSocketMessages.ReceiveOneAsync(socket, stopping).ConfigureAwait(false);
                if (auth is null || !auth.Contains("\"authenticated\"", StringComparison.Ordinal))
                {
                    throw new DataException($"{Name}: the bar stream refused the credentials; check the variables named by data.sources.{Name}.api_key_env/api_secret_env");
                }

                await WebSocketMessages.SendAsync(socket, new JsonObject { ["action"] = "subscribe", ["bars"] = new JsonArray([.. bySymbol.Keys.Select(s => (JsonNode)s)]) }.ToJsonString(), stopping).ConfigureAwait(false);
                if (Interlocked.Increment(ref _connections) > 1)
                {
                    await BackfillAsync(bySymbol, last, Publish, stopping).ConfigureAwait(false);
                }

                await WebSocketMessages.ReceiveAsync(socket, text => OnMessage(text, bySymbol, Publish), stopping).ConfigureAwait(false);
                Log.LiveStreamLost(_logger, Name, "closed by the venue", ReconnectDelay);
            }
            catch (DataException ex) when (!stopping.IsCancellationRequested)
            {
                Log.LiveStreamLost(_logger, Name, ex.Message, ReconnectDelay);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested && ex is WebSocketException or HttpRequestException or IOException)
            {
                Log.LiveStreamLost(_logger, Name, ex.GetType().Name + ": " + ex.Message, ReconnectDelay);
            }
            catch (Exception ex) when (stopping.IsCancellationRequested && ex is WebSocketException or OperationCanceledException or IOException)
            {
                break;
            }

            try
            {
                await Task.Delay(ReconnectDelay, _time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        writer.TryComplete();
    }

    private async Task BackfillAsync(Dictionary<string, SeriesKey> bySymbol, Dictionary<string, long> last, Action<SeriesKey, Bar> publish, CancellationToken stopping)
    {
        foreach (var (symbol, key) in bySymbol)
        {
            if (last[symbol] == long.MinValue)
            {
                continue;
            }

            var missed = await GetBarsAsync(key, new TimeRange(new UnixNanos(last[symbol] + 60_000_000_000L), TimeRange.All.End), stopping).ConfigureAwait(false);
            for (var i = 0; i < missed.Count; i++)
            {
                publish(key, new Bar(missed.Times[i], missed.Open[i], missed.High[i], missed.Low[i], missed.Close[i], missed.Volume[i]));
            }
        }
    }

    private void OnMessage(string text, Dictionary<string, SeriesKey> bySymbol, Action<SeriesKey, Bar> publish)
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
                publish(key, new Bar(time, Number(item["o"]), Number(item["h"]), Number(item["l"]), Number(item["c"]), Number(item["v"])));
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            Log.BadBar(_logger, Name, ex.Message);
        }
    }
}
