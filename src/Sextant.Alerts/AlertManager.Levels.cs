using System.Globalization;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;

namespace Sextant.Alerts;

/// <content>
/// Level rules: drawdown beyond a threshold, a disconnect longer than <c>after</c>, data older than <c>after</c>. Each fires
/// once when its level is crossed and re-arms only when the level is back inside, so a drawdown that stays beyond the
/// threshold for a hundred bars is one alert, not a hundred.
/// </content>
public sealed partial class AlertManager
{
    private readonly HashSet<(string Subject, int Rule)> _beyond = [];
    private readonly Dictionary<BrokerId, DateTimeOffset> _disconnectedSince = [];
    private ITimer? _timer;

    /// <summary>The drawdown of a broker (or <c>total</c>) as a fraction of its peak, e.g. each bar.</summary>
    public void OnDrawdown(string subject, double drawdown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        for (var i = 0; i < _config.Rules.Count; i++)
        {
            var rule = _config.Rules[i];
            if (rule.Event != AlertEvent.Drawdown || rule.Threshold is not { } threshold)
            {
                continue;
            }

            if (Crossed((subject, i), drawdown >= threshold))
            {
                RaiseFor(rule, new Alert(AlertEvent.Drawdown, string.Create(CultureInfo.InvariantCulture, $"{subject} >= {threshold * 100:0.#}%"), AlertSeverity.Critical,
                    string.Create(CultureInfo.InvariantCulture, $"Drawdown {drawdown * 100:0.0}% at {subject}"),
                    string.Create(CultureInfo.InvariantCulture, $"Equity of {subject} is {drawdown * 100:0.00}% below its peak, beyond the {threshold * 100:0.#}% limit of the alert rule."),
                    _time.GetUtcNow(), Fields(("subject", subject), ("drawdown", drawdown.ToString("R", CultureInfo.InvariantCulture)),
                        ("threshold", threshold.ToString("R", CultureInfo.InvariantCulture)))));
            }
        }
    }

    /// <summary>How old the newest data of <paramref name="source"/> is (e.g. <c>binanceus/BTCUSDT/1m</c>), each poll.</summary>
    public void OnDataAge(string source, TimeSpan age)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        for (var i = 0; i < _config.Rules.Count; i++)
        {
            var rule = _config.Rules[i];
            if (rule.Event == AlertEvent.StaleData && Crossed((source, i), age >= rule.After))
            {
                RaiseFor(rule, new Alert(AlertEvent.StaleData, source, AlertSeverity.Warning, $"Stale data: {source}",
                    $"The newest data of {source} is {age.TotalSeconds:0}s old (limit {rule.After.TotalSeconds:0}s); strategies are not trading on it.",
                    _time.GetUtcNow(), Fields(("source", source), ("age_seconds", age.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)))));
            }
        }
    }

    /// <summary>A broker's streams went down or came back; a disconnect alert fires once the outage lasts <c>after</c> (checked every second).</summary>
    public void OnConnection(BrokerId broker, bool connected)
    {
        lock (_gate)
        {
            if (connected)
            {
                _disconnectedSince.Remove(broker);
            }
            else
            {
                _disconnectedSince.TryAdd(broker, _time.GetUtcNow());
                _timer ??= _time.CreateTimer(_ => CheckConnections(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            }
        }

        CheckConnections();
    }

    /// <summary>Fires disconnect rules whose outage has lasted long enough; also runs every second on its own.</summary>
    public void CheckConnections()
    {
        var now = _time.GetUtcNow();
        List<(BrokerId Broker, DateTimeOffset Since)> outages;
        lock (_gate)
        {
            outages = [.. _disconnectedSince.Select(p => (p.Key, p.Value))];
            foreach (var key in _beyond.Where(k => k.Subject.StartsWith("connection:", StringComparison.Ordinal)
                && !_disconnectedSince.ContainsKey(new BrokerId(k.Subject["connection:".Length..]))).ToList())
            {
                _beyond.Remove(key); // reconnected: re-arm
            }
        }

        foreach (var (broker, since) in outages)
        {
            for (var i = 0; i < _config.Rules.Count; i++)
            {
                var rule = _config.Rules[i];
                if (rule.Event == AlertEvent.Disconnect && Crossed(("connection:" + broker.Value, i), now - since >= rule.After))
                {
                    RaiseFor(rule, new Alert(AlertEvent.Disconnect, broker.Value, AlertSeverity.Critical, $"Disconnected: {broker}",
                        $"{broker} has been disconnected since {since:yyyy-MM-dd HH:mm:ss}Z ({(now - since).TotalSeconds:0}s, limit {rule.After.TotalSeconds:0}s).",
                        now, Fields(("broker", broker.Value), ("since", since.ToString("O", CultureInfo.InvariantCulture)))));
                }
            }
        }
    }

    /// <summary>Sends a level alert to the channels of <paramref name="rule"/> only (its own method: a lambda capturing the loop's rule would allocate on every bar).</summary>
    private void RaiseFor(AlertRuleConfig rule, Alert alert) => Raise(alert, r => ReferenceEquals(r, rule));

    /// <summary>True exactly when <paramref name="key"/> moves from inside to beyond its level; moving back re-arms it.</summary>
    private bool Crossed((string Subject, int Rule) key, bool beyond)
    {
        lock (_gate)
        {
            if (beyond)
            {
                return _beyond.Add(key);
            }

            _beyond.Remove(key);
            return false;
        }
    }
}
