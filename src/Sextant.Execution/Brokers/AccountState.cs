using Sextant.Core.Amounts;
using Sextant.Core.Instruments;

namespace Sextant.Execution.Brokers;

/// <summary>Balances per asset (free and locked) and positions per symbol (signed base quantity) as a venue reports them.</summary>
public sealed record AccountState(IReadOnlyList<AssetBalance> Balances, IReadOnlyList<VenuePosition> Positions);

/// <summary>One asset's balance: free to trade and locked in open orders.</summary>
public sealed record AssetBalance(Asset Asset, decimal Free, decimal Locked)
{
    /// <summary>Free plus locked.</summary>
    public decimal Total => Free + Locked;
}

/// <summary>A position as the venue reports it: signed quantity (negative = short) and the venue's average entry price.</summary>
public sealed record VenuePosition(Symbol Symbol, decimal Quantity, decimal AverageEntryPrice);
