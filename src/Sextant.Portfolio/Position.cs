using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Portfolio;

/// <summary>
/// One strategy's holding of one instrument in a <see cref="Portfolio"/>, at average cost. Quantity is signed (long &gt; 0,
/// short &lt; 0). Changes only through the owning portfolio's fills; amounts are exact decimals in the portfolio's quote asset.
/// </summary>
/// <remarks>
/// The position keeps the signed cost of its open quantity (<see cref="CostBasis"/>) rather than the average, so that
/// cash, realized and unrealized PnL add up to the last decimal place; <see cref="AverageCost"/> is derived from it.
/// </remarks>
public sealed partial class Position
{
    internal Position(StrategyId strategy, PortfolioInstrument instrument)
    {
        Strategy = strategy;
        Instrument = instrument;
    }

    /// <summary>The strategy whose fills built this position (its sub-ledger).</summary>
    public StrategyId Strategy { get; }

    /// <summary>The traded symbol.</summary>
    public Symbol Symbol => Instrument.Symbol;

    /// <summary>The instrument's asset class.</summary>
    public AssetClass AssetClass => Instrument.AssetClass;

    /// <summary>Signed quantity in base units: positive long, negative short, zero flat.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>Signed cost of the open quantity in quote units (Σ quantity × price of what is still open); zero when flat.</summary>
    public decimal CostBasis { get; private set; }

    /// <summary>Average price paid (long) or received (short) for the open quantity, quote units per base unit; zero when flat.</summary>
    public decimal AverageCost => Quantity == 0 ? 0m : CostBasis / Quantity;

    /// <summary>PnL locked in by reducing, closing or flipping the position, quote units, before fees.</summary>
    public decimal RealizedPnl { get; private set; }

    /// <summary>Fees charged to this position, valued in quote units (base-asset fees at the fill price).</summary>
    public decimal Fees { get; private set; }

    /// <summary>When the current open quantity was first opened (from flat, or by a flip); null while flat.</summary>
    public UnixNanos? OpenedAt { get; private set; }

    /// <summary>True when the quantity is zero.</summary>
    public bool IsFlat => Quantity == 0;

    internal PortfolioInstrument Instrument { get; }

    /// <summary>Quantity × <paramref name="mark"/>, quote units; negative for a short.</summary>
    /// <param name="mark">The mark price, quote units per base unit.</param>
    public decimal MarketValue(decimal mark) => Quantity * mark;

    /// <summary>Quantity × (mark − average cost), quote units, computed exactly as market value minus cost basis.</summary>
    /// <param name="mark">The mark price, quote units per base unit.</param>
    public decimal UnrealizedPnl(decimal mark) => (Quantity * mark) - CostBasis;

    /// <summary>Realized plus unrealized at <paramref name="mark"/>, minus fees, quote units.</summary>
    /// <param name="mark">The mark price, quote units per base unit.</param>
    public decimal NetPnl(decimal mark) => RealizedPnl + UnrealizedPnl(mark) - Fees;

    /// <summary>An immutable copy valued at <paramref name="mark"/>.</summary>
    /// <param name="mark">The mark price, quote units per base unit.</param>
    public PositionSnapshot ToSnapshot(decimal mark) => new(
        Strategy, Symbol, AssetClass, Quantity, AverageCost, mark, MarketValue(mark), UnrealizedPnl(mark), RealizedPnl, Fees, OpenedAt);
}
