using Sextant.Core.Instruments;

namespace Sextant.Brokers.Context;

/// <summary>What one <see cref="BrokerContext.SyncAsync"/> found: fills booked late, and where our books and the venue's disagree (reported, never overwritten).</summary>
public sealed record SyncReport(int MissedFills, IReadOnlyList<PositionDifference> Positions, decimal? CashDifference)
{
    /// <summary>True when nothing disagrees.</summary>
    public bool Clean => Positions.Count == 0 && CashDifference is null or 0m;
}

/// <summary>A symbol whose net position differs between our portfolio and the venue.</summary>
public sealed record PositionDifference(Symbol Symbol, decimal Ours, decimal Venue);
