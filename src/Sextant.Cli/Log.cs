using Microsoft.Extensions.Logging;

namespace Sextant.Cli;

/// <summary>Log events of Sextant.Cli (ids 7000–7099): the run's observability. Tokens and URLs with tokens are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Dashboard of run {Run} serving on {Url}")]
    public static partial void DashboardStarted(ILogger logger, string run, string url);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Health sample of the engine failed: {Error}")]
    public static partial void SampleFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "Unhandled error in {Where}: {Error}")]
    public static partial void EngineError(ILogger logger, Exception exception, string where, string error);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Kill switch tripped at {Broker}: {Reason}")]
    public static partial void KillSwitch(ILogger logger, string broker, string reason);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "{Broker} is disconnected: {Reason}")]
    public static partial void Disconnected(ILogger logger, string broker, string reason);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "{Broker} is connected again")]
    public static partial void Reconnected(ILogger logger, string broker);
}
