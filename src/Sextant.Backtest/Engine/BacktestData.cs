using System.Diagnostics;
using Sextant.Core.Bars;
using Sextant.Data.Sources;

namespace Sextant.Backtest.Engine;

/// <summary>
/// The bars of every series a plan reads, loaded once and then shared read-only (a parameter sweep runs many
/// backtests over one instance). The natural log of every close is computed here once (<see cref="BarSeries.LogCloseMemory"/>),
/// so strategies on log prices read it instead of taking two logarithms per bar in every run.
/// </summary>
public sealed class BacktestData
{
    private readonly Dictionary<SeriesKey, BarSeries> _series;

    /// <summary>Wraps already loaded series.</summary>
    public BacktestData(IEnumerable<BarSeries> series, TimeSpan loadTime = default)
        : this(Index(series), loadTime)
    {
    }

    private BacktestData(Dictionary<SeriesKey, BarSeries> series, TimeSpan loadTime)
    {
        _series = series;
        LoadTime = loadTime;
    }

    /// <summary>How long loading took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Bars loaded, over all series.</summary>
    public long Bars => _series.Values.Sum(s => (long)s.Count);

    /// <summary>The bars of <paramref name="key"/> within <paramref name="range"/>; throws naming the series when it was not loaded or is empty there.</summary>
    public BarSeries Get(SeriesKey key, TimeRange range)
    {
        if (!_series.TryGetValue(key, out var series))
        {
            throw new BacktestException($"no bars loaded for {key}");
        }

        var slice = series.Slice(range);
        return slice.Count > 0
            ? slice
            : throw new BacktestException($"{key} has no bars in {Describe(range)}; stored bars span {Describe(series)}");
    }

    /// <summary>Loads every series of <paramref name="plan"/> from <paramref name="source"/> over the plan's range.</summary>
    public static async Task<BacktestData> LoadAsync(BacktestPlan plan, IDataSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(source);
        var watch = Stopwatch.StartNew();
        var keys = plan.Series;
        var loaded = await Task.WhenAll(keys.Select(k => source.GetBarsAsync(k, plan.Range, cancellationToken))).ConfigureAwait(false);
        for (var i = 0; i < keys.Count; i++)
        {
            if (loaded[i].Count == 0)
            {
                throw new BacktestException(
                    $"no bars for {keys[i]} in {Describe(plan.Range)}; import them with `sextant data import FILE --symbol {keys[i].Symbol} --venue {keys[i].Venue} --interval {keys[i].Interval}` or fetch them with `sextant data fetch`");
            }
        }

        var series = Index(loaded);
        return new BacktestData(series, watch.Elapsed); // the load time includes the logarithms
    }

    /// <summary>
    /// The replay timeline (sorted union of the timestamps) of <paramref name="series"/>, the slices of
    /// <paramref name="keys"/> over <paramref name="range"/>: merged once per key set and range and then shared, read-only,
    /// by every run on this data (a sweep's runs would otherwise each copy a year of timestamps, 4 MB per pair).
    /// </summary>
    internal Core.Time.UnixNanos[] TimelineOf(IReadOnlyList<SeriesKey> keys, TimeRange range, IReadOnlyList<BarSeries> series)
    {
        var id = string.Join('|', keys) + "|" + range.Start.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + range.End.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (_timelines)
        {
            if (!_timelines.TryGetValue(id, out var timeline))
            {
                timeline = Strategies.Frames.BarFrame.UnionOfTimes(series);
                _timelines.Add(id, timeline);
            }

            return timeline;
        }
    }

    private readonly Dictionary<string, Core.Time.UnixNanos[]> _timelines = new(StringComparer.Ordinal);

    private static Dictionary<SeriesKey, BarSeries> Index(IEnumerable<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var index = series.ToDictionary(s => s.Key);
        foreach (var loaded in index.Values)
        {
            _ = loaded.LogCloseMemory; // computed once, kept by the series
        }

        return index;
    }

    private static string Describe(TimeRange range) =>
        $"{(range.Start == TimeRange.All.Start ? "the beginning" : range.Start.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))} → " +
        $"{(range.End == TimeRange.All.End ? "the end" : range.End.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))}";

    private static string Describe(BarSeries series) => series.Count == 0
        ? "nothing"
        : Describe(new TimeRange(series.Times[0], series.Times[series.Count - 1]));
}
