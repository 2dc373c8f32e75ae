namespace Sextant.Backtest.Results;

/// <summary>A per-bar series recorded for charts (e.g. a pair's z-score; NaN during warm-up), with guide levels such as ±entry_z.</summary>
public sealed record DiagnosticSeries(string Strategy, string Name, double[] Values, IReadOnlyList<double> Guides);
