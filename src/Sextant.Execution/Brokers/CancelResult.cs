namespace Sextant.Execution.Brokers;

/// <summary>How a venue answered a cancel request: sent (the cancel or a racing fill follows as an event), or refused with a message (already filled, unknown).</summary>
public readonly record struct CancelResult(bool Sent, string? Message)
{
    /// <summary>The request went through.</summary>
    public static CancelResult Ok { get; } = new(true, null);

    /// <summary>The venue refused to cancel.</summary>
    public static CancelResult Refused(string message) => new(false, message);
}
