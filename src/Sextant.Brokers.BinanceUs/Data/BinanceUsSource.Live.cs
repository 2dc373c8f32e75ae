using System.Net.WebSockets;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Execution.Streams;

namespace Sextant.Brokers.BinanceUs.Data;

/// <content>
/// Live bars from the combined kline stream (<c>stream?streams=btcusdt@kline_1m/…</c>): closed klines (<c>x: true</c>) only,
/// each once and in order per series. After a dropped connection it reconnects with a delay and first back-fills over
/// REST every kline that closed while it was away, so no bar is lost.
/// </content>
public sealed partial class BinanceUsSource : ILiveSourceStatus
{
    private int _connections;
    private volatile bool _connected;
    private volatile string? _lastDisconnect;

    /// <summary>The WebSocket base URL (the venue's, or derived from the REST base URL).</summary>
    public Uri StreamUrl { get; }

    /// <summary>Delay before a reconnect. Default 1 s.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Connections made by live streams so far (the first, then one per reconnect).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <inheritdoc />
    public bool Connected => _connected;

    /// <inheritdoc />
    public int? RequestWeightUsed => UsedWeight;

    /// <inheritdoc />
    public int? RequestWeightLimit => WeightLimit;

    /// <inheritdoc />
    public string? LastDisconnect => _lastDisconnect;

    /// <inheritdoc />
    public IAsyncEnumerable<LiveBar> StreamBarsAsync(IReadOnlyList<SeriesKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var byStream = keys.Distinct().ToDictionary(k => $"{k.Symbol.Value.ToLowerInvariant()}@kline_{IntervalText(k)}", k => k);
        var pump = new LiveBarPump(keys, ReconnectDelay, _time);
        var klines = new KlineMessage(byStream);
        var url = new Uri(StreamUrl, "stream?streams=" + string.Join('/', byStream.Keys));
        return pump.RunAsync(
            async (connection, stopping) =>
            {
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(url, stopping).ConfigureAwait(false);
                Interlocked.Increment(ref _connections);
                _connected = true;
                if (connection > 1)
                {
                    await BackfillAsync(pump, stopping).ConfigureAwait(false);
                }

                var reader = new WebSocketReader();
                while (await reader.ReceiveAsync(socket, stopping).ConfigureAwait(false) is { } message)
                {
                    OnKline(message.Span, klines, pump);
                }
            },
            reason =>
            {
                _connected = false;
                _lastDisconnect = reason;
                Log.LiveStreamLost(_logger, _name, reason, ReconnectDelay);
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
                continue; // nothing seen yet: nothing can have been missed in between
            }

            var missed = await GetBarsAsync(key, new TimeRange(new UnixNanos(last + (key.Interval.Duration.Ticks * 100)), TimeRange.All.End), stopping).ConfigureAwait(false);
            for (var i = 0; i < missed.Count; i++)
            {
                pump.Publish(key, new Bar(missed.Times[i], missed.Open[i], missed.High[i], missed.Low[i], missed.Close[i], missed.Volume[i]));
            }

            Log.Backfilled(_logger, _name, key.ToString(), missed.Count);
        }
    }

    private void OnKline(ReadOnlySpan<byte> message, KlineMessage klines, LiveBarPump pump)
    {
        try
        {
            if (klines.TryRead(message, out var key, out var bar))
            {
                pump.Publish(key, in bar);
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            Log.BadKline(_logger, _name, ex.Message);
        }
    }
}
