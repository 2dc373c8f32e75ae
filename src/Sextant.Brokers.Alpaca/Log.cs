using Microsoft.Extensions.Logging;

namespace Sextant.Brokers.Alpaca;

/// <summary>Log events of Sextant.Brokers.Alpaca (ids 4100–4199). Keys and secrets are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "{Broker}: outcome of {Method} {Path} unknown: {Reason}")]
    public static partial void OutcomeUnknown(ILogger logger, string broker, string method, string path, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "{Broker}: rate limited (HTTP 429) on {Path}; backing off until {Until}")]
    public static partial void RateLimited(ILogger logger, string broker, string path, DateTimeOffset until);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "{Broker}: trade_updates stream connected (connection {Connection})")]
    public static partial void StreamConnected(ILogger logger, string broker, int connection);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "{Broker}: trade_updates stream lost: {Reason}; reconnecting in {Delay}")]
    public static partial void StreamLost(ILogger logger, string broker, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "{Broker}: resync after reconnect pushed {Fills} missed fills and {Updates} status changes")]
    public static partial void Resynced(ILogger logger, string broker, int fills, int updates);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "{Broker}: order {ClientOrderId} not sent: {Reason}")]
    public static partial void Denied(ILogger logger, string broker, string clientOrderId, string reason);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "{Broker}: could not handle a stream message: {Error}")]
    public static partial void BadMessage(ILogger logger, string broker, string error);

    [LoggerMessage(EventId = 4190, Level = LogLevel.Warning, Message = "{Source}: live bar stream lost ({Reason}); reconnecting in {Delay}")]
    public static partial void LiveStreamLost(ILogger logger, string source, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 4191, Level = LogLevel.Warning, Message = "{Source}: ignored a bar message that could not be read: {Reason}")]
    public static partial void BadBar(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 4192, Level = LogLevel.Information, Message = "{Source}: {Series}: rate limited by the data API; waiting {Wait} for the window to reset")]
    public static partial void RateLimitWait(ILogger logger, string source, Sextant.Core.Bars.SeriesKey series, TimeSpan wait);
}
