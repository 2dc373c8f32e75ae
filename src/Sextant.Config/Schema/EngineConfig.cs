using Sextant.Config.Binding;
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

/// <summary>
/// When journal entries reach the disk. In both modes every entry is written to the operating system (never left in a
/// buffer of the process) before the action it records, which is what a killed process (<c>kill -9</c>) needs: nothing the
/// OS holds is lost with the process. What differs is the protection against the machine itself going down.
/// </summary>
public enum JournalSync
{
    /// <summary>
    /// A background group commit fsyncs the journal at most <c>journal_sync_delay</c> after an entry is written (and on
    /// shutdown), off the order path (default). A power cut or OS crash can lose the entries of that last moment; the
    /// restart's reconciliation with the broker (deterministic client order ids, open orders, positions and fills) then
    /// finds an order or fill the journal lacks and stops that broker with a report, or adopts it (<c>engine.reconcile</c>):
    /// nothing is sent twice.
    /// </summary>
    Background,

    /// <summary>Each entry is fsynced before the action it records (an order waits for the disk, milliseconds on many disks): nothing is lost even to a power cut.</summary>
    BeforeAction,
}

/// <summary>The <c>engine:</c> section.</summary>
[ConfigReplacedKey("journal_fsync", "replaced by journal_sync: before_action (what journal_fsync: true did) or background (the default: written to the OS before each action, fsynced within journal_sync_delay)")]
public sealed record EngineConfig : IValidatable
{
    /// <summary>backtest (default), paper or live.</summary>
    public EngineMode Mode { get; init; } = EngineMode.Backtest;

    /// <summary>Print a per-broker and total summary at the end of a run. Default true.</summary>
    public bool PrintSummary { get; init; } = true;

    /// <summary>Folder of the durable order journal. Default <c>journal</c>.</summary>
    public string Journal { get; init; } = "journal";

    /// <summary>
    /// When journal entries reach the disk: <c>background</c> (default; written to the OS before each action, fsynced by a
    /// background group commit within <see cref="JournalSyncDelay"/>) or <c>before_action</c> (fsynced before each action;
    /// survives a power cut, costs every order an fsync). See <see cref="Schema.JournalSync"/>.
    /// </summary>
    public JournalSync JournalSync { get; init; } = JournalSync.Background;

    /// <summary>
    /// With <c>journal_sync: background</c>, the longest an entry waits before the fsync that covers it starts; entries
    /// written in that window share one fsync. Between 1ms and 1s; default 5ms.
    /// </summary>
    public TimeSpan JournalSyncDelay { get; init; } = TimeSpan.FromMilliseconds(5);

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
        JournalSyncDelay < TimeSpan.FromMilliseconds(1) || JournalSyncDelay > TimeSpan.FromSeconds(1)
            ? new ConfigProblem(Check.Path(path, "journal_sync_delay"), $"must be between 1ms and 1s (the longest a journal entry waits for its background fsync), was {Durations.Format(JournalSyncDelay)}")
            : null,
        WarmupBars is { } bars ? Check.Between(Check.Path(path, "warmup_bars"), bars, 0, 100_000) : null);
}
