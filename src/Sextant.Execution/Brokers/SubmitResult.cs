using Sextant.Core.Orders;

namespace Sextant.Execution.Brokers;

/// <summary>How a venue answered a new order: accepted (maybe already filled — the fills come as events), rejected with a reason, or unknown (timeout, 5xx) and to be queried.</summary>
public readonly record struct SubmitResult(SubmitOutcome Outcome, VenueOrderId? VenueOrderId, RejectReason Reason, string? Message)
{
    /// <summary>The venue took the order.</summary>
    public static SubmitResult Accepted(VenueOrderId? venueOrderId) => new(SubmitOutcome.Accepted, venueOrderId, RejectReason.None, null);

    /// <summary>The venue refused the order.</summary>
    public static SubmitResult Rejected(RejectReason reason, string message) => new(SubmitOutcome.Rejected, null, reason, message);

    /// <summary>The outcome is not known (timeout, 5xx): query the order by its client id before doing anything else.</summary>
    public static SubmitResult Unknown(string message) => new(SubmitOutcome.Unknown, null, RejectReason.None, message);
}

/// <summary>The three ways a submit can end.</summary>
public enum SubmitOutcome
{
    /// <summary>Accepted.</summary>
    Accepted,

    /// <summary>Rejected; see the reason.</summary>
    Rejected,

    /// <summary>Not known yet.</summary>
    Unknown,
}
