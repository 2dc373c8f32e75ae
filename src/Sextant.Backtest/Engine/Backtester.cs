using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Sextant.Backtest.Results;
using Sextant.Core.Orders;
using Sextant.Strategies.Registry;

namespace Sextant.Backtest.Engine;

/// <summary>
/// Runs a backtest: the plan's strategies over the loaded bars, through the same broker contexts, sizing, risk checks
/// and order manager as live trading, against the simulated venue on a simulated clock.
/// </summary>
public static class Backtester
{
    /// <summary>Runs <paramref name="plan"/> over <paramref name="data"/>; <paramref name="registry"/> defaults to the built-in strategies.</summary>
    public static BacktestOutcome Run(
        BacktestPlan plan,
        BacktestData data,
        StrategyRegistry? registry = null,
        IProgress<double>? progress = null,
        ILoggerFactory? loggers = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(data);
        var run = new BacktestRun(plan, data, registry ?? StrategyRegistry.Default, loggers);
        var watch = Stopwatch.StartNew();
        run.Loop(progress, cancellationToken);
        var runTime = watch.Elapsed;
        return new BacktestOutcome(run.Result(data.LoadTime, runTime), run.MetadataOf);
    }
}

/// <summary>A finished backtest: its result, and the signal metadata behind each order (for fills.csv).</summary>
public sealed record BacktestOutcome(BacktestResult Result, Func<ClientOrderId, IReadOnlyDictionary<string, object>?> MetadataOf);
