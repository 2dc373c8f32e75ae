namespace Sextant.Backtest.Statistics;

/// <summary>
/// Return and risk statistics of an equity curve. Returns are fractions (0.05 = 5%), durations are in bars and in
/// time; ratios are annualised with the run's bars per year. NaN where a number is undefined (e.g. Sharpe of a flat curve).
/// </summary>
public sealed record PerformanceStatistics
{
    /// <summary>Final equity ÷ starting capital − 1.</summary>
    public required double TotalReturn { get; init; }

    /// <summary>Compound annual growth rate over the run's calendar span.</summary>
    public required double Cagr { get; init; }

    /// <summary>Standard deviation of bar returns (ddof 1) × √(bars per year).</summary>
    public required double AnnualVolatility { get; init; }

    /// <summary>mean(r) ÷ std(r, ddof 1) × √(bars per year), risk-free rate 0.</summary>
    public required double Sharpe { get; init; }

    /// <summary>mean(r) ÷ downside deviation × √(bars per year); downside deviation = √(mean(min(r, 0)²)).</summary>
    public required double Sortino { get; init; }

    /// <summary>Largest fall from a running peak: max(1 − equity ÷ peak).</summary>
    public required double MaxDrawdown { get; init; }

    /// <summary>Longest stretch below a previous peak, in bars (to recovery, or to the end if never recovered).</summary>
    public required int MaxDrawdownBars { get; init; }

    /// <summary>The same stretch in time.</summary>
    public required TimeSpan MaxDrawdownDuration { get; init; }

    /// <summary>CAGR ÷ max drawdown.</summary>
    public required double Calmar { get; init; }

    /// <summary>Bars in the equity curve.</summary>
    public required int Bars { get; init; }

    /// <summary>Bars per year used to annualise.</summary>
    public required double BarsPerYear { get; init; }
}
