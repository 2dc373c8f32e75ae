using Sextant.Backtest.Results;
using Sextant.Backtest.Statistics;

namespace Sextant.Backtest.Sweeps;

/// <summary>One combination of a sweep: its overrides and what it scored, or why it could not run.</summary>
public sealed record SweepRow(IReadOnlyList<string> Parameters, double Score, PerformanceStatistics? Statistics, TradeStatistics? Trades, decimal FinalEquity, string? Error);
