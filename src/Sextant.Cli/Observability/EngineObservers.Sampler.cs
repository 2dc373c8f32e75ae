using Sextant.Core.Time;
using Sextant.Dashboard.Source;
using Sextant.Data.Calendar;

namespace Sextant.Cli.Observability;

/// <content>
/// The sampler: every <see cref="SampleInterval"/>, between two bars, it sets the equity, drawdown, open-order, data-lag,
/// connection, request-weight and reconnect metrics, feeds the stale-data and disconnect rules, refreshes broker health and
/// appends an equity point for the dashboard. A failing sample is logged and the next one tried; trading never waits on it
/// longer than one snapshot.
/// </content>
internal sealed partial class EngineObservers
{
    private long _sampledBars = -1;

    private async Task SampleLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SampleInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await _view!.Gate.RunAsync(Sample, cancellationToken).ConfigureAwait(false);
                }
                catch (ObjectDisposedException)
                {
                    return; // the engine is gone
                }
#pragma warning disable CA1031 // A sample that fails is logged; the next one is tried, and the engine never hears of it.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    Log.SampleFailed(_logger, ex.GetType().Name + ": " + ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // stopped
        }
    }

    /// <summary>One sample; call it from the engine loop or with the gate held.</summary>
    internal void Sample()
    {
        var now = _time.GetUtcNow();
        foreach (var track in _tracks)
        {
            var broker = track.Broker;
            _metrics.Equity(broker.Id, broker.Portfolio.Equity, track.Drawdown);
            _metrics.OpenOrders(broker.Id, broker.Orders.OpenOrderCount);
            _metrics.KillSwitch(broker.Id, broker.Risk.KillSwitchTripped);
            Health(track, now);
        }

        _metrics.TotalEquity(Portfolio!.Equity, _totalDrawdown);
        for (var i = 0; i < _seriesKeys.Length; i++)
        {
            var since = _lastBarAt[i] == default ? _startedAt : _lastBarAt[i];
            var age = now - since;
            _metrics.DataLag(_seriesNames[i], age);
            // stale once no bar came for the rule's `after`; for US equities only regular-session time counts
            _alerts?.OnDataAge(_seriesNames[i], _sessionOnly[i] ? UsEquityCalendar.SessionTimeBetween(since, now) : age);
        }

        if (Recorder is not null && _bars > 0 && _bars != _sampledBars)
        {
            // The dashboard's equity runs on the run's own clock: live that is market time; in a replay each broker's market
            // keeps its own era (the emulator's SPY is 2013, its BTC 2023), which one time axis could not show.
            _sampledBars = _bars;
            Recorder.RecordEquity(UnixNanos.FromDateTimeOffset(now));
        }
    }

    /// <summary>
    /// Of two request budgets (used, limit), the one nearer its limit; a budget with a limit beats one without, and one
    /// that reports nothing yields to the other.
    /// </summary>
    internal static (int? Used, int? Limit) Tighter((int? Used, int? Limit) a, (int? Used, int? Limit) b)
    {
        static double Share((int? Used, int? Limit) x) => x is { Used: { } u, Limit: > 0 and var l } ? (double)u / l : double.NegativeInfinity;
        if (b.Used is null)
        {
            return a;
        }

        if (a.Used is null)
        {
            return b;
        }

        return Share(b) > Share(a) || (a.Limit is null && b.Limit is not null) ? b : a;
    }

    private void Health(BrokerTrack track, DateTimeOffset now)
    {
        var id = track.Broker.Id;
        var connected = true;
        var reconnects = 0;
        int? used = null;
        int? limit = null;
        string? lost = null;
        foreach (var index in track.Sources)
        {
            if (_view!.Sources[index].Status is not { } status)
            {
                continue;
            }

            connected &= status.Connected;
            reconnects += Math.Max(0, status.Connections - 1);
            (used, limit) = Tighter((used, limit), (status.RequestWeightUsed, status.RequestWeightLimit));
            lost ??= status.Connected ? null : status.LastDisconnect ?? "not connected yet";
        }

        // The order API's budget too: the figure shown is the tightest budget (Binance US data and orders share one
        // weight per IP, so the two report the same total; Alpaca's trading and data limits are apart).
        if (track.Broker.Budget is { } budget)
        {
            (used, limit) = Tighter((used, limit), (budget.RequestsUsed, budget.RequestLimit));
        }

        _metrics.Connected(id, connected);
        _metrics.Reconnects(id, "bars", reconnects);
        if (used is { } weight)
        {
            _metrics.RequestWeight(id, weight);
        }

        if (track.Connected is { } before && before != connected && track.EverConnected)
        {
            if (connected)
            {
                Log.Reconnected(_logger, id.Value);
            }
            else
            {
                Log.Disconnected(_logger, id.Value, lost ?? "unknown");
            }
        }

        track.Connected = connected;
        track.EverConnected |= connected;
        _alerts?.OnConnection(id, connected);
        if (Recorder is null)
        {
            return;
        }

        DateTimeOffset? last = null;
        foreach (var series in track.Series)
        {
            if (_lastBarAt[series] != default && (last is null || _lastBarAt[series] > last))
            {
                last = _lastBarAt[series];
            }
        }

        var health = new BrokerHealth
        {
            Broker = id,
            Connected = connected,
            LastDataTime = last is { } t ? UnixNanos.FromDateTimeOffset(t) : null,
            RateLimitUsed = used,
            RateLimitLimit = limit,
            Reconnects = reconnects,
            KillSwitch = track.Broker.Risk.KillSwitchTripped,
            Note = track.Broker.Risk.KillReason ?? lost,
        };
        if (health != track.Health)
        {
            track.Health = health;
            Recorder.SetBrokerHealth(health);
        }
    }
}
