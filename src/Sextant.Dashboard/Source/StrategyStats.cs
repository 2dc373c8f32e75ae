using Sextant.Core.Instruments;

namespace Sextant.Dashboard.Source;

/// <summary>One strategy's activity and PnL over every broker; amounts in the reporting asset.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Signals">Signals emitted.</param>
/// <param name="Orders">Orders sent.</param>
/// <param name="Fills">Fills booked.</param>
/// <param name="Rejects">Orders rejected by a venue or refused before sending.</param>
/// <param name="RealizedPnl">PnL realized so far, before fees.</param>
/// <param name="UnrealizedPnl">PnL of open positions at the marks.</param>
/// <param name="Fees">Fees paid.</param>
public sealed record StrategyStats(StrategyId Strategy, int Signals, int Orders, int Fills, int Rejects, decimal RealizedPnl, decimal UnrealizedPnl, decimal Fees)
{
    /// <summary>Realized + unrealized − fees.</summary>
    public decimal NetPnl => RealizedPnl + UnrealizedPnl - Fees;
}
