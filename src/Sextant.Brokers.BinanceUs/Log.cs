using Microsoft.Extensions.Logging;

namespace Sextant.Brokers.BinanceUs;

/// <summary>Log events of Sextant.Brokers.BinanceUs (ids 4000–4099). Keys, secrets, signatures and listen keys are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "{Broker}: server clock offset {OffsetMs} ms")]
    public static partial void ClockOffset(ILogger logger, string broker, long offsetMs);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "{Broker}: timestamp rejected (-1021) on {Path}; resynchronising the clock and retrying once")]
    public static partial void TimestampRejected(ILogger logger, string broker, string path);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "{Broker}: request weight {Used} of {Limit} used this minute")]
    public static partial void WeightHigh(ILogger logger, string broker, int used, int limit);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "{Broker}: rate limited (HTTP 429) on {Path}; backing off until {Until}")]
    public static partial void RateLimited(ILogger logger, string broker, string path, DateTimeOffset until);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "{Broker}: IP banned (HTTP 418) on {Path} until {Until}; all requests stop until then")]
    public static partial void Banned(ILogger logger, string broker, string path, DateTimeOffset until);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "{Broker}: outcome of {Method} {Path} unknown: {Reason}")]
    public static partial void OutcomeUnknown(ILogger logger, string broker, string method, string path, string reason);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "{Broker}: user-data stream connected (connection {Connection})")]
    public static partial void StreamConnected(ILogger logger, string broker, int connection);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "{Broker}: user-data stream lost: {Reason}; reconnecting in {Delay}")]
    public static partial void StreamLost(ILogger logger, string broker, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Information, Message = "{Broker}: resync after reconnect pushed {Fills} missed fills and {Updates} status changes")]
    public static partial void Resynced(ILogger logger, string broker, int fills, int updates);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "{Broker}: order {ClientOrderId} not sent: {Reason}")]
    public static partial void Denied(ILogger logger, string broker, string clientOrderId, string reason);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "{Broker}: could not handle a stream message: {Error}")]
    public static partial void BadMessage(ILogger logger, string broker, string error);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "{Broker}: listen-key keep-alive failed: {Error}")]
    public static partial void KeepAliveFailed(ILogger logger, string broker, string error);

    [LoggerMessage(4090, LogLevel.Warning, "{Source}: live kline stream lost ({Reason}); reconnecting in {Delay}")]
    public static partial void LiveStreamLost(ILogger logger, string source, string reason, TimeSpan delay);

    [LoggerMessage(4091, LogLevel.Information, "{Source}: back-filled {Count} bar(s) of {Series} missed while the stream was down")]
    public static partial void Backfilled(ILogger logger, string source, string series, int count);

    [LoggerMessage(4092, LogLevel.Warning, "{Source}: ignored a kline message that could not be read: {Reason}")]
    public static partial void BadKline(ILogger logger, string source, string reason);
}
