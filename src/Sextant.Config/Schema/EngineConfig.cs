using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>How the engine runs.</summary>
public enum EngineMode
{
    /// <summary>Replay stored history through the simulated venue.</summary>
    Backtest,

    /// <summary>Live market data, simulated (or broker-paper) fills.</summary>
    Paper,

    /// <summary>Real orders on real brokers; also needs the <c>--live</c> flag.</summary>
    Live,
}

/// <summary>What happens to open orders on a graceful shutdown.</summary>
public enum ShutdownOrders
{
    /// <summary>Cancel every open order before exiting.</summary>
    Cancel,

    /// <summary>Leave open orders working at the broker.</summary>
    Keep,
}

/// <summary>The <c>engine:</c> section.</summary>
public sealed record EngineConfig : IValidatable
{
    /// <summary>backtest (default), paper or live.</summary>
    public EngineMode Mode { get; init; } = EngineMode.Backtest;

    /// <summary>Print a per-broker and total summary at the end of a run. Default true.</summary>
    public bool PrintSummary { get; init; } = true;

    /// <summary>Folder of the durable order journal. Default <c>journal</c>.</summary>
    public string Journal { get; init; } = "journal";

    /// <summary>Open orders on Ctrl-C / SIGTERM: cancel (default) or keep.</summary>
    public ShutdownOrders OnShutdown { get; init; } = ShutdownOrders.Cancel;

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(Check.Required(Check.Path(path, "journal"), Journal));
}
