namespace Sextant.Strategies;

/// <summary>
/// A strategy's internal series worth charting (a pair's z-score), read by the backtester after every bar into
/// preallocated arrays: names and guides once, values per bar without allocation.
/// </summary>
public interface IStrategyDiagnostics
{
    /// <summary>The series names, e.g. "z BTCUSDT/ETHUSDT".</summary>
    IReadOnlyList<string> DiagnosticNames { get; }

    /// <summary>Horizontal guide levels for the charts (entry, exit and stop thresholds).</summary>
    IReadOnlyList<double> DiagnosticGuides { get; }

    /// <summary>The current value of series <paramref name="index"/>; NaN before warm-up.</summary>
    double Diagnostic(int index);
}
