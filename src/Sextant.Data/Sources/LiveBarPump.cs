using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Sextant.Core.Bars;

namespace Sextant.Data.Sources;

/// <summary>
/// Turns a venue's bar connection, which drops and reconnects, into one stream of closed bars: each bar once and in
/// time order per series, a delay between reconnects, the connection count passed on so the source can back-fill over
/// REST after a reconnect. Shared by every <see cref="ILiveBarSource"/>.
/// </summary>
public sealed class LiveBarPump
{
    private readonly Dictionary<SeriesKey, long> _last;
    private readonly Lock _gate = new();
    private readonly TimeSpan _reconnectDelay;
    private readonly TimeProvider _time;
    private ChannelWriter<LiveBar>? _writer;

    /// <summary>A pump for <paramref name="keys"/>.</summary>
    public LiveBarPump(IReadOnlyList<SeriesKey> keys, TimeSpan reconnectDelay, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _last = keys.Distinct().ToDictionary(k => k, _ => long.MinValue);
        _reconnectDelay = reconnectDelay;
        _time = time;
    }

    /// <summary>The series this pump carries.</summary>
    public IReadOnlyCollection<SeriesKey> Keys => _last.Keys;

    /// <summary>The open time (ns) of the last bar published for <paramref name="key"/>; <see cref="long.MinValue"/> before the first.</summary>
    public long LastTime(SeriesKey key)
    {
        lock (_gate)
        {
            return _last[key];
        }
    }

    /// <summary>Passes <paramref name="bar"/> on unless a bar at or after its time was already published for <paramref name="key"/>.</summary>
    public void Publish(SeriesKey key, in Bar bar)
    {
        lock (_gate)
        {
            if (_last.TryGetValue(key, out var last) && bar.Time.Value > last)
            {
                _last[key] = bar.Time.Value;
                _writer?.TryWrite(new LiveBar(key, bar));
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="connectOnce"/> (connect, back-fill when the connection number is above 1, receive until the
    /// venue closes) again and again, waiting between attempts, and yields the published bars until cancelled.
    /// <paramref name="onLost"/> hears why each connection ended.
    /// </summary>
    public async IAsyncEnumerable<LiveBar> RunAsync(Func<int, CancellationToken, Task> connectOnce, Action<string> onLost, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectOnce);
        ArgumentNullException.ThrowIfNull(onLost);
        var channel = Channel.CreateUnbounded<LiveBar>(new UnboundedChannelOptions { SingleReader = true });
        _writer = channel.Writer;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = Task.Run(() => LoopAsync(connectOnce, onLost, channel.Writer, stopping.Token), CancellationToken.None);
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

    private async Task LoopAsync(Func<int, CancellationToken, Task> connectOnce, Action<string> onLost, ChannelWriter<LiveBar> writer, CancellationToken stopping)
    {
        var connection = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await connectOnce(++connection, stopping).ConfigureAwait(false);
                onLost("closed by the venue");
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested && ex is WebSocketException or HttpRequestException or IOException or DataException)
            {
                onLost(ex is DataException ? ex.Message : ex.GetType().Name + ": " + ex.Message);
            }
#pragma warning disable CA1031 // Once stopping has begun, whatever the loop was doing (a read, a reconnect's resync) is moot.
            catch (Exception) when (stopping.IsCancellationRequested)
#pragma warning restore CA1031
            {
                break; // stopping aborted the socket or cut a reconnect short
            }

            try
            {
                await Task.Delay(_reconnectDelay, _time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        writer.TryComplete();
    }
}
