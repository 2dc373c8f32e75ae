using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Alerts.Channels;
using Sextant.Config.Schema;
using Sextant.Execution.Orders;

namespace Sextant.Alerts;

/// <summary>
/// Turns engine events into alerts by the rules of <c>alerts:</c> and delivers them. Every input method returns at once and
/// never throws: alerts go into one bounded queue per channel (1,000; the oldest is dropped when full), each drained by its
/// own background loop with the channel's timeout, so a slow or failing channel can never stop or slow trading, nor hold
/// back the alerts of another channel. The same event and
/// subject is sent at most once per <c>alerts.throttle</c>, and level rules (drawdown, disconnect, stale data) fire when the
/// level is crossed, not on every bar beyond it. Thread-safe. Also an <see cref="IOrderListener"/> for fills and rejects.
/// </summary>
public sealed partial class AlertManager : IOrderListener, IAsyncDisposable
{
    private const int QueueCapacity = 1_000;
    private readonly AlertsConfig _config;
    private readonly IReadOnlyDictionary<string, IAlertChannel> _channels;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<string, Channel<Alert>> _queues;
    private readonly Dictionary<(AlertEvent, string), DateTimeOffset> _lastSent = [];
    private readonly Lock _gate = new();
    private readonly Task[] _loops;
    private long _sent;
    private long _failed;
    private long _suppressed;

    /// <summary>Creates the manager over ready channels (by config name) and starts its delivery loop.</summary>
    public AlertManager(AlertsConfig config, IReadOnlyDictionary<string, IAlertChannel> channels, TimeProvider time, ILogger<AlertManager>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(time);
        _config = config;
        _channels = channels;
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _queues = channels.Keys.ToDictionary(name => name, name => Channel.CreateBounded<Alert>(
            new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest },
            dropped => Log.Dropped(_logger, dropped.Event, dropped.Subject, name)), StringComparer.Ordinal);
        _loops = [.. _queues.Select(q => Task.Run(() => DeliverAsync(q.Key, q.Value.Reader)))];
    }

    /// <summary>Builds every configured channel (secrets from <paramref name="environment"/>) and the manager.</summary>
    public static AlertManager Create(AlertsConfig config, IReadOnlyDictionary<string, string> environment, HttpClient http, TimeProvider time, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var channels = config.Channels.ToDictionary(c => c.Key, c => AlertChannels.Create(c.Key, c.Value, environment, http), StringComparer.Ordinal);
        return new AlertManager(config, channels, time, loggers?.CreateLogger<AlertManager>());
    }

    /// <summary>Alerts delivered to a channel, failed deliveries, and alerts suppressed by the throttle, so far.</summary>
    public (long Sent, long Failed, long Suppressed) Counts => (Interlocked.Read(ref _sent), Interlocked.Read(ref _failed), Interlocked.Read(ref _suppressed));

    /// <summary>Stops taking alerts and waits (up to 10 s) for the queues to drain.</summary>
    public async ValueTask DisposeAsync()
    {
        _timer?.Dispose();
        foreach (var queue in _queues.Values)
        {
            queue.Writer.TryComplete();
        }

        await Task.WhenAll(_loops).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="alert"/> to the channels of every enabled rule for its event, unless the throttle holds it back.</summary>
    private void Raise(Alert alert, Func<AlertRuleConfig, bool>? applies = null)
    {
        if (!_config.Enabled)
        {
            return;
        }

        var targets = _config.Rules.Where(r => r.Event == alert.Event && (applies?.Invoke(r) ?? true))
            .SelectMany(r => r.Channels).Distinct(StringComparer.Ordinal).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            var key = (alert.Event, alert.Subject);
            if (_lastSent.TryGetValue(key, out var last) && alert.Time - last < _config.Throttle)
            {
                Interlocked.Increment(ref _suppressed);
                Log.Throttled(_logger, alert.Event, alert.Subject, _config.Throttle);
                return;
            }

            _lastSent[key] = alert.Time;
        }

        foreach (var name in targets)
        {
            if (_queues.TryGetValue(name, out var queue))
            {
                queue.Writer.TryWrite(alert);
            }
        }
    }

    private async Task DeliverAsync(string name, ChannelReader<Alert> queue)
    {
        var channel = _channels[name];
        await foreach (var alert in queue.ReadAllAsync().ConfigureAwait(false))
        {
            await SendOneAsync(alert, name, channel).ConfigureAwait(false);
        }
    }

    private async Task SendOneAsync(Alert alert, string name, IAlertChannel channel)
    {

        // Delivery is I/O: its timeout runs on the wall clock, not the engine's (which a replay moves in jumps).
        using var timeout = new CancellationTokenSource(_config.Channels.TryGetValue(name, out var c) ? c.Timeout : TimeSpan.FromSeconds(10));
        try
        {
            await channel.SendAsync(alert, timeout.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _sent);
            Log.Sent(_logger, alert.Event, alert.Subject, name);
        }
#pragma warning disable CA1031 // A channel's failure is logged and counted; it must never reach the engine.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failed);
            var error = ex is OperationCanceledException ? "timed out" : ex.GetType().Name + ": " + ex.Message;
            Log.Failed(_logger, alert.Event, alert.Subject, name, error);
        }
    }
}
