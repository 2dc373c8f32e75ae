using Sextant.Core.Instruments;

namespace Sextant.Portfolio;

/// <summary>One strategy's sub-ledger totals, quote units; the portfolio's totals are the sums over strategies.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="RealizedPnl">Σ realized PnL of the strategy's positions, before fees.</param>
/// <param name="UnrealizedPnl">Σ unrealized PnL of the strategy's positions at the current marks.</param>
/// <param name="Fees">Σ fees of the strategy's fills valued in quote units (third-asset fees excluded, see <see cref="Portfolio.ExternalFees"/>).</param>
public sealed record StrategyPnl(StrategyId Strategy, decimal RealizedPnl, decimal UnrealizedPnl, decimal Fees)
{
    /// <summary>Realized plus unrealized minus fees.</summary>
    public decimal NetPnl => RealizedPnl + UnrealizedPnl - Fees;

    /// <summary>Adds two strategies' totals field by field, keeping the left strategy id.</summary>
    internal StrategyPnl Add(decimal realized, decimal unrealized, decimal fees) =>
        this with { RealizedPnl = RealizedPnl + realized, UnrealizedPnl = UnrealizedPnl + unrealized, Fees = Fees + fees };
}
