using Sextant.Core.Orders;

namespace Sextant.Brokers.Context;

/// <summary>What became of one signal at one broker: an order (in whatever status the venue left it), nothing to do, or a refusal with its reason.</summary>
public readonly record struct PlaceResult(Order? Order, RejectReason Reason, string? Message)
{
    /// <summary>The position already equals the target.</summary>
    public static PlaceResult Nothing { get; } = new(null, RejectReason.None, null);

    /// <summary>True when the signal was refused before reaching the venue (sizing, dust, risk).</summary>
    public bool Refused => Reason != RejectReason.None;
}
