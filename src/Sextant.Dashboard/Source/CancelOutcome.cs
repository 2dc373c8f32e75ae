namespace Sextant.Dashboard.Source;

/// <summary>What became of a cancel asked for on the dashboard.</summary>
public enum CancelOutcome
{
    /// <summary>The cancel went to the venue; the order shows PendingCancel until the venue confirms.</summary>
    Sent,

    /// <summary>No broker knows the order.</summary>
    UnknownOrder,

    /// <summary>The order is already final or a cancel is already pending.</summary>
    NotOpen,

    /// <summary>The venue refused the cancel.</summary>
    Refused,

    /// <summary>The engine did not take the request in time.</summary>
    TimedOut,

    /// <summary>This source cannot cancel (a report-only dashboard).</summary>
    NotSupported,
}
