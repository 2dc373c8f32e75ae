using System.Globalization;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Sextant.Execution.Streams;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Brokers.BinanceUs.Data;

/// <content>
/// Live bars from the combined kline stream (<c>stream?streams=btcusdt@kline_1m/…</c>): closed klines (<c>x: true</c>) only,
/// each once and in order per series. After a dropped connection it reconnects with a delay and first back-fills over
/// REST every kline that closed while it was away, so no bar is lost.
/// </content>
public sealed partial class BinanceUsSource
{
    /// <summary>The WebSocket base URL (the venue's, or derived from the REST base URL).</summary>
    public Uri StreamUrl { get; }

    /// <summary>Delay before a reconnect. Default 1 s.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Connections made by live streams so far (the first, then one per reconnect).</summary>
    public int Connections => Volatile.Read(ref _connections);

    private int _connections;

    /// <inheritdoc />
    public async IAsyncEnumerable<LiveBar> StreamBarsAsync(IReadOnlyList<SeriesKey> keys, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var byStream = keys.ToDictionary(k => $"{k.Symbol.Value.ToLowerInvariant()}@kline_{IntervalText(k)}", k => k);
        var last = keys.ToDictionary(k => k, _ => long.MinValue);
        var channel = Channel.CreateUnbounded<LiveBar>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = Task.Run(() => PumpAsync(byStream, last, channel.Writer, stopping.Token), CancellationToken.None);
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

    private async Task PumpAsync(Dictionary<string, SeriesKey> byStream, Dictionary<SeriesKey, long> last, ChannelWriter<LiveBar> writer, CancellationToken stopping)
    {
        var url = new Uri(StreamUrl, "stream?streams=" + string.Join('/', byStream.Keys));
        var gate = new Lock();
        void Publish(SeriesKey key, Bar bar)
        {
            lock (gate)
            {
                if (bar.Time.Value > last[key])
                {
                    last[key] = bar.Time.Value;
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
                if (Interlocked.Increment(ref _connections) > 1)
                {
                    await BackfillAsync(last, Publish, stopping).ConfigureAwait(false);
                }

                await WebSocketMessages.ReceiveAsync(socket, text => OnKline(text, byStream, Publish), stopping).ConfigureAwait(false);
                Log.LiveStreamLost(_logger, _name, "closed by the venue", ReconnectDelay);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested && ex is WebSocketException or HttpRequestException or IOException or DataException)
            {
                Log.LiveStreamLost(_logger, _name, ex.GetType().Name + ": " + ex.Message, ReconnectDelay);
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

    private async Task BackfillAsync(Dictionary<SeriesKey, long> last, Action<SeriesKey, Bar> publish, CancellationToken stopping)
    {
        foreach (var key in last.Keys.ToList())
        {
            if (last[key] == long.MinValue)
            {
                continue; // nothing seen yet: nothing can have been missed in between
            }

            var from = new UnixNanos(last[key] + (key.Interval.Duration.Ticks * 100));
            var missed = await GetBarsAsync(key, new TimeRange(from, TimeRange.All.End), stopping).ConfigureAwait(false);
            for (var i = 0; i < missed.Count; i++)
            {
                publish(key, new Bar(missed.Times[i], missed.Open[i], missed.High[i], missed.Low[i], missed.Close[i], missed.Volume[i]));
            }

            Log.Backfilled(_logger, _name, key.ToString(), missed.Count);
        }
    }

    private void OnKline(string text, Dictionary<string, SeriesKey> byStream, Action<SeriesKey, Bar> publish)
    {
        try
        {
            var message = JsonNode.Parse(text);
            if (message?["stream"]?.GetValue<string>() is not { } stream || !byStream.TryGetValue(stream, out var key)
                || message["data"]?["k"] is not JsonObject k || k["x"]?.GetValue<bool>() != true)
            {
                return;
            }

            publish(key, new Bar(UnixNanos.FromUnixMilliseconds(k["t"]!.GetValue<long>()),
                Number(k["o"]), Number(k["h"]), Number(k["l"]), Number(k["c"]), Number(k["v"])));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or NullReferenceException)
        {
            Log.BadKline(_logger, _name, ex.Message);
        }
    }
}
