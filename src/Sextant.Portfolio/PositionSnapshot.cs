using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Portfolio;

/// <summary>An immutable copy of one <see cref="Position"/> valued at a mark, for reports and the dashboard; amounts in quote units.</summary>
/// <param name="Strategy">The strategy whose sub-ledger holds the position.</param>
/// <param name="Symbol">The traded symbol.</param>
/// <param name="AssetClass">The instrument's asset class.</param>
/// <param name="Quantity">Signed base units: positive long, negative short, zero flat.</param>
/// <param name="AverageCost">Average price of the open quantity, quote units per base unit; zero when flat.</param>
/// <param name="Mark">The mark price used, quote units per base unit; zero when never marked.</param>
/// <param name="MarketValue">Quantity × mark.</param>
/// <param name="UnrealizedPnl">Quantity × (mark − average cost).</param>
/// <param name="RealizedPnl">PnL realized so far, before fees.</param>
/// <param name="Fees">Fees charged to the position, valued in quote units.</param>
/// <param name="OpenedAt">When the open quantity was first opened; null when flat.</param>
public sealed record PositionSnapshot(
    StrategyId Strategy,
    Symbol Symbol,
    AssetClass AssetClass,
    decimal Quantity,
    decimal AverageCost,
    decimal Mark,
    decimal MarketValue,
    decimal UnrealizedPnl,
    decimal RealizedPnl,
    decimal Fees,
    UnixNanos? OpenedAt);
