using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Dashboard.Source;

/// <summary>How one broker connection is doing.</summary>
public sealed record BrokerHealth
{
    /// <summary>The broker.</summary>
    public required BrokerId Broker { get; init; }

    /// <summary>True while its order and data streams are up.</summary>
    public required bool Connected { get; init; }

    /// <summary>Time of the newest market data received (UTC); null before any.</summary>
    public UnixNanos? LastDataTime { get; init; }

    /// <summary>Request weight (or request count) used in the venue's current window; null when the venue reports none.</summary>
    public int? RateLimitUsed { get; init; }

    /// <summary>The venue's limit for that window; null when unknown.</summary>
    public int? RateLimitLimit { get; init; }

    /// <summary>Stream reconnects since start.</summary>
    public int Reconnects { get; init; }

    /// <summary>True when the kill switch of this broker has tripped.</summary>
    public bool KillSwitch { get; init; }

    /// <summary>A short note such as the last error or the kill reason; null when none.</summary>
    public string? Note { get; init; }
}
