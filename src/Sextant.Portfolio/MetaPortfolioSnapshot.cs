using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Portfolio;

/// <summary>An immutable copy of a <see cref="MetaPortfolio"/> at one time; totals in <see cref="ReportingAsset"/> units, each broker's snapshot in its own quote asset.</summary>
public sealed record MetaPortfolioSnapshot
{
    /// <summary>The time the snapshot describes (engine time, UTC).</summary>
    public required UnixNanos AsOf { get; init; }

    /// <summary>The asset the totals are expressed in.</summary>
    public required Asset ReportingAsset { get; init; }

    /// <summary>Σ starting cash.</summary>
    public required decimal StartingCash { get; init; }

    /// <summary>Σ cash.</summary>
    public required decimal Cash { get; init; }

    /// <summary>Σ equity.</summary>
    public required decimal Equity { get; init; }

    /// <summary>Σ realized PnL, before fees.</summary>
    public required decimal RealizedPnl { get; init; }

    /// <summary>Σ unrealized PnL.</summary>
    public required decimal UnrealizedPnl { get; init; }

    /// <summary>Σ fees valued in each quote asset.</summary>
    public required decimal Fees { get; init; }

    /// <summary>Σ exposure.</summary>
    public required Exposure Exposure { get; init; }

    /// <summary>Exposure per asset class over every broker.</summary>
    public required IReadOnlyDictionary<AssetClass, Exposure> ExposureByAssetClass { get; init; }

    /// <summary>Exposure per symbol over every broker.</summary>
    public required IReadOnlyDictionary<Symbol, Exposure> ExposureBySymbol { get; init; }

    /// <summary>The rate used for each quote asset present (reporting-asset units per unit).</summary>
    public required IReadOnlyDictionary<Asset, decimal> ConversionRates { get; init; }

    /// <summary>Each broker's portfolio snapshot, in its own quote asset.</summary>
    public required IReadOnlyDictionary<BrokerId, PortfolioSnapshot> Brokers { get; init; }

    /// <summary>Realized + unrealized − fees.</summary>
    public decimal NetPnl => RealizedPnl + UnrealizedPnl - Fees;
}
