using Microsoft.Extensions.Logging;

namespace Sextant.Engine;

/// <summary>Log events of Sextant.Engine (ids 5000–5049). Keys and secrets are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Engine starting in {Mode} mode: brokers {Brokers}; journal {Journal}")]
    public static partial void Starting(ILogger logger, string mode, string brokers, string journal);

    [LoggerMessage(5001, LogLevel.Information, "Restored {Broker} from the journal: {Orders} order(s), {Fills} fill(s), {Open} open")]
    public static partial void Restored(ILogger logger, string broker, int orders, int fills, int open);

    [LoggerMessage(5002, LogLevel.Information, "Reconciled {Broker} with the venue: {Summary}")]
    public static partial void Reconciled(ILogger logger, string broker, string summary);

    [LoggerMessage(5003, LogLevel.Error, "Reconciliation of {Broker} found what it cannot explain; trading on {Broker} is stopped: {Problems}")]
    public static partial void ReconcileStopped(ILogger logger, string broker, string problems);

    [LoggerMessage(5004, LogLevel.Warning, "Reconciliation of {Broker} adopted the venue's state: {Problems}")]
    public static partial void ReconcileAdopted(ILogger logger, string broker, string problems);

    [LoggerMessage(5005, LogLevel.Warning, "Kill switch at {Broker}: {Reason}")]
    public static partial void KillSwitch(ILogger logger, string broker, string reason);

    [LoggerMessage(5006, LogLevel.Warning, "Signal of {Strategy} for {Symbol} not placed at {Broker}: {Reason}")]
    public static partial void NotPlaced(ILogger logger, string strategy, string symbol, string broker, string reason);

    [LoggerMessage(5007, LogLevel.Information, "Warmed up {Strategy} on {Bars} bar(s) of history ({From} to {To}); {Corrections} corrective signal(s)")]
    public static partial void WarmedUp(ILogger logger, string strategy, int bars, string from, string to, int corrections);

    [LoggerMessage(5008, LogLevel.Warning, "Warm-up of {Strategy} failed; it starts cold: {Error}")]
    public static partial void WarmupFailed(ILogger logger, string strategy, string error);

    [LoggerMessage(5009, LogLevel.Information, "Engine stopping: {OpenOrders} open order(s), on_shutdown {Policy}")]
    public static partial void Stopping(ILogger logger, int openOrders, string policy);

    [LoggerMessage(5010, LogLevel.Warning, "Bar stream {Source} ended: {Reason}")]
    public static partial void StreamEnded(ILogger logger, string source, string reason);

    [LoggerMessage(5011, LogLevel.Error, "Shutdown of {Broker}: cancelling {ClientOrderId} failed: {Error}")]
    public static partial void CancelFailed(ILogger logger, string broker, string clientOrderId, string error);

    [LoggerMessage(5012, LogLevel.Error, "Engine observer {Observer} failed; the engine goes on")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string observer);
}
