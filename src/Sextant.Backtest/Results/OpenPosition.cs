using Sextant.Core.Instruments;

namespace Sextant.Backtest.Results;

/// <summary>A position left open at the end of a run, marked at the last close (signed quantity; negative = short).</summary>
public sealed record OpenPosition(Symbol Symbol, decimal Quantity, decimal AveragePrice, decimal MarkPrice, decimal UnrealizedPnl);
