using Sextant.Engine.Running;

namespace Sextant.Engine.Hosting;

/// <summary>What the hosted engine hands back once the host has stopped: its summary, or the failure that ended it.</summary>
public sealed class EngineRun
{
    /// <summary>The run's summary, once it ended cleanly.</summary>
    public EngineSummary? Summary { get; internal set; }

    /// <summary>What ended the run early (bad config found at start, a venue refusing the credentials), or null.</summary>
    public Exception? Failure { get; internal set; }
}
