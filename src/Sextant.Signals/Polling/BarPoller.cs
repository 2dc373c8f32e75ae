using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Signals.Polling;

/// <summary>
/// The polling loop for venues without a live stream: every <c>monitor.poll_interval</c> it asks the data layer (the
/// DataManager: store, samples, remote REST) for each series' closed bars since the last one it passed on (the first
/// poll reaches back <c>monitor.lookback</c> bars), and yields the new ones in time order, each once, exactly as a
/// stream would. A series whose newest closed bar is older than <c>monitor.stale_after</c> is reported, once per
/// stale spell. The same rules as <see cref="Monitoring.SignalMonitor"/>, on a <see cref="TimeProvider"/>, so a
/// simulated clock drives it in tests.
/// </summary>
public sealed class BarPoller(IDataSource data, MonitorConfig config, TimeProvider time, ILogger? logger = null) : ILiveBarSource
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <inheritdoc />
    public string Name => data.Name;

    /// <summary>Polls completed so far.</summary>
    public int Polls { get; private set; }

    /// <inheritdoc />
    public async IAsyncEnumerable<LiveBar> StreamBarsAsync(IReadOnlyList<SeriesKey> keys, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var last = keys.Distinct().ToDictionary(k => k, _ => long.MinValue);
        var stale = new HashSet<SeriesKey>();
        using var timer = new PeriodicTimer(config.PollInterval, time);
        do
        {
            var now = time.GetUnixNanos();
            var fresh = new List<LiveBar>();
            foreach (var (key, seen) in last.ToList())
            {
                var step = key.Interval.Duration.Ticks * 100;
                var end = new UnixNanos(now.Value - step + 1); // closed bars only: a bar that opened at t is complete at t + interval
                var start = seen == long.MinValue ? new UnixNanos(end.Value - (step * (config.Lookback + 1))) : new UnixNanos(seen + 1);
                var bars = await data.GetBarsAsync(key, new TimeRange(start, end), cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < bars.Count; i++)
                {
                    if (bars.Times[i].Value > seen)
                    {
                        fresh.Add(new LiveBar(key, new Bar(bars.Times[i], bars.Open[i], bars.High[i], bars.Low[i], bars.Close[i], bars.Volume[i])));
                        last[key] = bars.Times[i].Value;
                    }
                }

                var newest = last[key];
                var age = newest == long.MinValue ? TimeSpan.MaxValue : now - (new UnixNanos(newest) + key.Interval.Duration);
                if (age > config.StaleAfter)
                {
                    if (stale.Add(key))
                    {
                        Log.Stale(_logger, "poller", key.ToString(), newest == long.MinValue ? "never" : new UnixNanos(newest).ToString(), age == TimeSpan.MaxValue ? "∞" : age.ToString());
                    }
                }
                else
                {
                    stale.Remove(key);
                }
            }

            Polls++;
            fresh.Sort((a, b) => a.Bar.Time.Value.CompareTo(b.Bar.Time.Value));
            foreach (var bar in fresh)
            {
                yield return bar;
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }
}
