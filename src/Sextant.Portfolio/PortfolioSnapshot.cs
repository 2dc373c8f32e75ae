using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Portfolio;

/// <summary>An immutable copy of a <see cref="Portfolio"/>'s exact figures at one time, for reports and the dashboard; amounts in <see cref="QuoteAsset"/> units.</summary>
public sealed record PortfolioSnapshot
{
    /// <summary>The time the snapshot describes (engine time, UTC).</summary>
    public required UnixNanos AsOf { get; init; }

    /// <summary>The asset every amount is counted in.</summary>
    public required Asset QuoteAsset { get; init; }

    /// <summary>Opening cash.</summary>
    public required decimal StartingCash { get; init; }

    /// <summary>Cash now.</summary>
    public required decimal Cash { get; init; }

    /// <summary>Cash + Σ net quantity × mark.</summary>
    public required decimal Equity { get; init; }

    /// <summary>PnL realized so far, before fees.</summary>
    public required decimal RealizedPnl { get; init; }

    /// <summary>Unrealized PnL at the marks.</summary>
    public required decimal UnrealizedPnl { get; init; }

    /// <summary>Fees valued in the quote asset (third-asset fees are in <see cref="ExternalFees"/>).</summary>
    public required decimal Fees { get; init; }

    /// <summary>Long, short, gross and net exposure over every instrument.</summary>
    public required Exposure Exposure { get; init; }

    /// <summary>Exposure per asset class with a non-zero net position.</summary>
    public required IReadOnlyDictionary<AssetClass, Exposure> ExposureByAssetClass { get; init; }

    /// <summary>Exposure per symbol with a non-zero net position.</summary>
    public required IReadOnlyDictionary<Symbol, Exposure> ExposureBySymbol { get; init; }

    /// <summary>Every position (one per strategy and instrument), open or flat, in the order first traded.</summary>
    public required IReadOnlyList<PositionSnapshot> Positions { get; init; }

    /// <summary>Per-strategy totals, which sum to the portfolio's.</summary>
    public required IReadOnlyList<StrategyPnl> Strategies { get; init; }

    /// <summary>Fees in assets other than the quote and base assets (e.g. BNB), native units, not in equity.</summary>
    public required IReadOnlyDictionary<Asset, decimal> ExternalFees { get; init; }

    /// <summary>Realized + unrealized − fees.</summary>
    public decimal NetPnl => RealizedPnl + UnrealizedPnl - Fees;
}
