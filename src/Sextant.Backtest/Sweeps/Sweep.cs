using Sextant.Backtest.Engine;
using Sextant.Config.Schema;

namespace Sextant.Backtest.Sweeps;

/// <summary>
/// Runs one backtest per combination on all cores. The data is loaded once by the caller and shared read-only; each
/// run builds its own strategies, venues and portfolios, so runs never touch each other's state.
/// </summary>
public static class Sweep
{
    /// <summary>
    /// Runs every combination: <paramref name="configure"/> turns a combination into a config (throwing for an invalid
    /// one, which becomes a row with the error), then a backtest over <paramref name="range"/> scored by
    /// <paramref name="metric"/>. Rows come back ranked, best first.
    /// </summary>
    public static IReadOnlyList<SweepRow> Run(
        IReadOnlyList<IReadOnlyList<string>> combinations,
        Func<IReadOnlyList<string>, SextantConfig> configure,
        BacktestData data,
        string metric,
        Core.Bars.TimeRange range,
        int parallelism,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(combinations);
        ArgumentNullException.ThrowIfNull(configure);
        var rows = new SweepRow[combinations.Count];
        var done = 0;
        using (BatchGc.Enter())
        {
            Parallel.For(0, combinations.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, i =>
            {
                rows[i] = RunOne(combinations[i], configure, data, metric, range);
                progress?.Report(Interlocked.Increment(ref done));
            });
        }

        return [.. rows.OrderByDescending(r => SweepMetric.SortKey(r.Score))];
    }

    /// <summary>Runs one combination (for walk-forward test windows too).</summary>
    public static SweepRow RunOne(IReadOnlyList<string> parameters, Func<IReadOnlyList<string>, SextantConfig> configure, BacktestData data, string metric, Core.Bars.TimeRange range)
    {
        ArgumentNullException.ThrowIfNull(configure);
        SextantConfig config;
        try
        {
            config = configure(parameters);
        }
#pragma warning disable CA1031 // an invalid combination (e.g. exit_z ≥ entry_z) is a row with its reason, not the end of the sweep
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new SweepRow(parameters, double.NaN, null, null, 0m, ex.Message.ReplaceLineEndings(" "));
        }

        Results.BacktestResult result;
        try
        {
            // Combinations run in parallel already: each backtest on one thread.
            config = config with { Backtesting = config.Backtesting with { Pipeline = false } };
            var plan = BacktestPlan.FromConfig(config, "sweep") with { Range = range, RecordDiagnostics = false }; // 4 MB a pair the row would not keep
            result = Backtester.Run(plan, data).Result;
        }
        catch (BacktestException ex)
        {
            return new SweepRow(parameters, double.NaN, null, null, 0m, ex.Message);
        }

        return new SweepRow(parameters, SweepMetric.Score(metric, result), result.Statistics, result.Trades, result.FinalEquity, null);
    }
}
