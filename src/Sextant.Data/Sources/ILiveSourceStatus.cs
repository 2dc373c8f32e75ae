namespace Sextant.Data.Sources;

/// <summary>
/// How a live source's connection is doing, for health checks (dashboard, metrics, disconnect alerts). Every member is
/// safe to read from any thread while the stream runs.
/// </summary>
public interface ILiveSourceStatus
{
    /// <summary>True while a stream connection is up and subscribed; false before the first and after a drop until it is back.</summary>
    bool Connected { get; }

    /// <summary>Connections made so far (the first, then one per reconnect).</summary>
    int Connections { get; }

    /// <summary>Request weight (or request count) used in the venue's current window; null when the venue reports none.</summary>
    int? RequestWeightUsed { get; }

    /// <summary>The venue's limit for that window; null when unknown.</summary>
    int? RequestWeightLimit { get; }

    /// <summary>Why the last connection ended; null while none has.</summary>
    string? LastDisconnect { get; }
}
