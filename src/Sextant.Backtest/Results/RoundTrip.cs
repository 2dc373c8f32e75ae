using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Backtest.Results;

/// <summary>
/// One trade from flat to flat in a book (a symbol, or a pair's legs together) of one strategy. Its PnL is the net
/// cash flow of its fills (sells minus buys minus fees), which is exact because the book starts and ends flat.
/// </summary>
public sealed record RoundTrip(StrategyId Strategy, string Book, UnixNanos Entry, UnixNanos Exit, decimal Pnl, decimal Fees, int Fills)
{
    /// <summary>Time from the first to the last fill.</summary>
    public TimeSpan Duration => Exit - Entry;
}
