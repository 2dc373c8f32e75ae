namespace Sextant.Core.Orders;

/// <summary>Where an order is in its life; only <see cref="OrderTransitions.Next"/> decides the moves between them.</summary>
public enum OrderStatus
{
    /// <summary>Built locally, not yet sent (the initial status).</summary>
    Created,

    /// <summary>Refused before sending, by a pre-trade check (terminal).</summary>
    Denied,

    /// <summary>Sent to the venue, not yet acknowledged.</summary>
    Submitted,

    /// <summary>Acknowledged by the venue and working, nothing filled.</summary>
    Accepted,

    /// <summary>Refused by the venue (terminal).</summary>
    Rejected,

    /// <summary>Working with part of the quantity filled.</summary>
    PartiallyFilled,

    /// <summary>A cancel was sent and not yet confirmed; fills may still arrive.</summary>
    PendingCancel,

    /// <summary>Canceled (terminal, but a fill that raced the cancel is still applied).</summary>
    Canceled,

    /// <summary>Expired by its time in force (terminal).</summary>
    Expired,

    /// <summary>The whole quantity is filled (terminal).</summary>
    Filled,
}
