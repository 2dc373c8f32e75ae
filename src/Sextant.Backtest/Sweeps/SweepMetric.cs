using Sextant.Backtest.Results;

namespace Sextant.Backtest.Sweeps;

/// <summary>What a sweep ranks by; every metric is oriented so that larger is better (max drawdown is negated).</summary>
public static class SweepMetric
{
    /// <summary>The metric names accepted by <c>--metric</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["sharpe", "sortino", "calmar", "total_return", "cagr", "max_drawdown", "profit_factor", "win_rate"];

    /// <summary>The score of <paramref name="result"/> under <paramref name="metric"/> (larger is better; NaN scores rank last).</summary>
    public static double Score(string metric, BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Statistics;
        return metric switch
        {
            "sharpe" => s.Sharpe,
            "sortino" => s.Sortino,
            "calmar" => s.Calmar,
            "total_return" => s.TotalReturn,
            "cagr" => s.Cagr,
            "max_drawdown" => -s.MaxDrawdown,
            "profit_factor" => result.Trades.ProfitFactor,
            "win_rate" => result.Trades.WinRate,
            _ => throw new ArgumentException($"unknown metric '{metric}'; allowed: {string.Join(", ", Names)}", nameof(metric)),
        };
    }

    /// <summary>Orders scores descending with NaN last.</summary>
    public static double SortKey(double score) => double.IsNaN(score) ? double.NegativeInfinity : score;
}
