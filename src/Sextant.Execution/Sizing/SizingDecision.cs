using Sextant.Core.Orders;

namespace Sextant.Execution.Sizing;

/// <summary>What a signal becomes: nothing to do, an order of a side and positive quantity, or a refusal with a reason (e.g. dust below the minimum notional).</summary>
public readonly record struct SizingDecision(OrderSide Side, decimal Quantity, RejectReason Reason, string? Message)
{
    /// <summary>True when an order should be sent.</summary>
    public bool HasOrder => Quantity > 0 && Reason == RejectReason.None;

    /// <summary>The position is already where the signal wants it.</summary>
    public static SizingDecision Nothing { get; } = new(OrderSide.Buy, 0m, RejectReason.None, null);

    /// <summary>An order to send.</summary>
    public static SizingDecision Order(OrderSide side, decimal quantity) => new(side, quantity, RejectReason.None, null);

    /// <summary>The signal cannot be traded.</summary>
    public static SizingDecision Refused(RejectReason reason, string message) => new(OrderSide.Buy, 0m, reason, message);
}
