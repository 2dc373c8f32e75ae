using Sextant.Core.Orders;

namespace Sextant.Execution.Risk;

/// <summary>The answer of a pre-trade check: allowed, or denied with a reason code and a message that says which limit and by how much.</summary>
public readonly record struct RiskDecision(RejectReason Reason, string? Message)
{
    /// <summary>True when the order may go out.</summary>
    public bool Allowed => Reason == RejectReason.None;

    /// <summary>The order may go out.</summary>
    public static RiskDecision Allow { get; } = new(RejectReason.None, null);

    /// <summary>The order is denied.</summary>
    public static RiskDecision Deny(RejectReason reason, string message) => new(reason, message);
}
