using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Strategies;
using Sextant.Strategies.Frames;

namespace Sextant.Signals.Monitoring;

/// <summary>
/// Polls the data layer for the latest <c>monitor.lookback</c> closed bars of every strategy's universe, aligns them into
/// a frame and steps the strategy over the rows it has not seen (so overlapping windows never repeat a signal). A series
/// whose newest closed bar is older than <c>monitor.stale_after</c> is reported and its strategy is not stepped. Driven by
/// a <see cref="TimeProvider"/>: a simulated clock replays the same code in tests and backtests.
/// </summary>
public sealed class SignalMonitor
{
    private readonly IReadOnlyList<MonitoredStrategy> _strategies;
    private readonly IDataSource _data;
    private readonly MonitorConfig _config;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the monitor.</summary>
    public SignalMonitor(IReadOnlyList<MonitoredStrategy> strategies, IDataSource data, MonitorConfig config, TimeProvider time, ILogger<SignalMonitor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(time);
        _strategies = strategies;
        _data = data;
        _config = config;
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The stale series found by the last poll.</summary>
    public IReadOnlyList<StaleSeries> Stale { get; private set; } = [];

    /// <summary>One poll: fetch, check freshness, step the strategies over their new closed bars.</summary>
    public async Task<PollResult> PollAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUnixNanos();
        var signals = new SignalList();
        var stale = new List<StaleSeries>();
        var newBars = 0;
        foreach (var monitored in _strategies)
        {
            var interval = monitored.Interval.Duration;

            // Closed bars only: a bar that opened at t is complete at t + interval.
            var end = new UnixNanos(now.Value - (interval.Ticks * 100) + 1);
            var range = new TimeRange(new UnixNanos(end.Value - (interval.Ticks * 100 * (_config.Lookback + 1))), end);
            var series = new List<BarSeries>(monitored.Series.Count);
            var fresh = true;
            foreach (var key in monitored.Series)
            {
                var bars = await _data.GetBarsAsync(key, range, cancellationToken).ConfigureAwait(false);
                series.Add(bars);
                var last = bars.LastTime;
                var age = last is { } t ? now - (t + interval) : TimeSpan.MaxValue;
                if (age > _config.StaleAfter)
                {
                    fresh = false;
                    stale.Add(new StaleSeries(monitored.Strategy.Id, key, last, age));
                    Log.Stale(_logger, monitored.Strategy.Id.Value, key.ToString(), last?.ToString() ?? "never", age == TimeSpan.MaxValue ? "∞" : age.ToString());
                }
            }

            if (!fresh)
            {
                continue;
            }

            var frame = BarFrame.Align(series);
            var before = monitored.Strategy.LastTime;
            foreach (var time in frame.Times)
            {
                newBars += before is { } seen && time.Value <= seen.Value ? 0 : 1;
            }

            monitored.Strategy.GenerateSignals(frame).ToList().ForEach(signals.Emit);
        }

        Stale = stale;
        return new PollResult(now, signals, stale, newBars);
    }

    /// <summary>Polls every <c>monitor.poll_interval</c> until cancelled, handing each poll's result to <paramref name="onPoll"/>.</summary>
    public async Task RunAsync(Func<PollResult, CancellationToken, ValueTask> onPoll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onPoll);
        using var timer = new PeriodicTimer(_config.PollInterval, _time);
        do
        {
            await onPoll(await PollAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }
}
