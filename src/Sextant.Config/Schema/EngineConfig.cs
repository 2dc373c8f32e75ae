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

/// <summary>What the engine does on start when the journal and a broker disagree and the difference cannot be explained.</summary>
public enum ReconcileMode
{
    /// <summary>Stop trading on that broker, say what differs (log, journal, console) and wait for a person (default).</summary>
    Stop,

    /// <summary>Take the broker's state as the truth: book the difference as an adjustment, journal it, and trade on.</summary>
    Adopt,
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

    /// <summary>
    /// Each journal entry reaches the disk (fsync) before the action it records, so it survives a power cut (default true).
    /// False: it reaches the operating system before the action, which survives the process being killed (kill -9) but not
    /// the machine losing power, and takes an fsync (milliseconds on many disks) off every order's path.
    /// </summary>
    public bool JournalFsync { get; init; } = true;

    /// <summary>Open orders on Ctrl-C / SIGTERM: cancel (default) or keep.</summary>
    public ShutdownOrders OnShutdown { get; init; } = ShutdownOrders.Cancel;

    /// <summary>An unexplained difference between the journal and a broker at start: stop (default) trading on that broker, or adopt the broker's state.</summary>
    public ReconcileMode Reconcile { get; init; } = ReconcileMode.Stop;

    /// <summary>
    /// Bars of history replayed through each strategy before its first live bar (no orders), so it trades from the start
    /// and, after a restart, holds the state an uninterrupted run would have (the replay then also reaches back to the
    /// first live bar the journal recorded for it), at most 100000 bars. Default (unset): what the strategy needs, its
    /// lookback plus 10; 0 switches the warm-up off (the strategy starts cold, as a backtest does).
    /// </summary>
    public int? WarmupBars { get; init; }

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        Check.Required(Check.Path(path, "journal"), Journal),
        WarmupBars is { } bars ? Check.Between(Check.Path(path, "warmup_bars"), bars, 0, 100_000) : null);
}
