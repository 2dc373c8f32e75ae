using Sextant.Backtest.Engine;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Backtest.Sweeps;

/// <summary>
/// Walk-forward optimisation: the history is cut into folds of a training window followed by a test window; each
/// fold's grid is run on the training window, the best combination by the metric is then run on the unseen test
/// window, and the folds step forward by the test length. Out-of-sample results are only ever from test windows.
/// Each window starts flat, so its first <c>lookback</c> bars are warm-up.
/// </summary>
public static class WalkForward
{
    /// <summary>Runs every fold; throws <see cref="BacktestException"/> when the history is shorter than one fold.</summary>
    public static IReadOnlyList<WalkForwardFold> Run(
        IReadOnlyList<IReadOnlyList<string>> combinations,
        Func<IReadOnlyList<string>, SextantConfig> configure,
        BacktestData data,
        string metric,
        TimeRange history,
        TimeSpan train,
        TimeSpan test,
        int parallelism,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var folds = new List<WalkForwardFold>();
        var done = 0;
        for (var start = history.Start; start + train + test <= history.End; start += test)
        {
            var trainRange = new TimeRange(start, start + train);
            var testRange = new TimeRange(start + train, start + train + test);
            var ranked = Sweep.Run(combinations, configure, data, metric, trainRange, parallelism, null, cancellationToken);
            var best = ranked[0];
            var outOfSample = best.Error is null ? Sweep.RunOne(best.Parameters, configure, data, metric, testRange) : best;
            folds.Add(new WalkForwardFold(folds.Count + 1, trainRange, testRange, best, outOfSample));
            progress?.Report(++done);
        }

        return folds.Count > 0
            ? folds
            : throw new BacktestException($"the history {Describe(history)} is shorter than one fold ({train.TotalDays:0.##}d train + {test.TotalDays:0.##}d test)");
    }

    /// <summary>The range the loaded data covers (first to last bar, end exclusive by one nanosecond).</summary>
    public static TimeRange HistoryOf(BacktestData data, IEnumerable<SeriesKey> keys)
    {
        ArgumentNullException.ThrowIfNull(data);
        var series = keys.Select(k => data.Get(k, TimeRange.All)).ToList();
        return new TimeRange(new UnixNanos(series.Max(s => s.Times[0].Value)), new UnixNanos(series.Min(s => s.Times[s.Count - 1].Value) + 1));
    }

    private static string Describe(TimeRange range) =>
        $"{range.Start.ToDateTimeOffset():yyyy-MM-dd HH:mm} → {range.End.ToDateTimeOffset():yyyy-MM-dd HH:mm}";
}

/// <summary>One walk-forward fold: the windows, the best training row and its out-of-sample row.</summary>
public sealed record WalkForwardFold(int Number, TimeRange Train, TimeRange Test, SweepRow Best, SweepRow OutOfSample);
