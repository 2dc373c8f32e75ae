using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Portfolio;

/// <content>Snapshots for reports, the journal and the dashboard.</content>
public sealed partial class Portfolio
{
    /// <summary>An immutable copy of the exact figures, positions and per-strategy totals at the current marks.</summary>
    /// <param name="asOf">The time the snapshot describes (engine time, UTC); the portfolio never reads a clock.</param>
    public PortfolioSnapshot Snapshot(UnixNanos asOf)
    {
        var positions = new PositionSnapshot[_positions.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = _positions[i].ToSnapshot(MarkOf(_positions[i].Instrument.Index));
        }

        return new PortfolioSnapshot
        {
            AsOf = asOf,
            QuoteAsset = QuoteAsset,
            StartingCash = StartingCash,
            Cash = Cash,
            Equity = Equity,
            RealizedPnl = RealizedPnl,
            UnrealizedPnl = UnrealizedPnl,
            Fees = Fees,
            Exposure = Exposure,
            ExposureByAssetClass = ExposureByAssetClass(),
            ExposureBySymbol = ExposureBySymbol(),
            Positions = positions.AsReadOnly(),
            Strategies = Strategies(),
            ExternalFees = new Dictionary<Asset, decimal>(_externalFees).AsReadOnly(),
        };
    }
}
