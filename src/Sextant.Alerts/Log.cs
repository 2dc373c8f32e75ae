using Microsoft.Extensions.Logging;

namespace Sextant.Alerts;

/// <summary>Log events of Sextant.Alerts (ids 6000–6099). Channel URLs and tokens are secrets and never logged: channels are named by their config key.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Alert {Event} ({Subject}) sent to {Channel}")]
    public static partial void Sent(ILogger logger, Sextant.Config.Schema.AlertEvent @event, string subject, string channel);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Alert {Event} ({Subject}) not delivered to {Channel}: {Error}")]
    public static partial void Failed(ILogger logger, Sextant.Config.Schema.AlertEvent @event, string subject, string channel, string error);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "Alert {Event} ({Subject}) suppressed: sent less than {Throttle} ago")]
    public static partial void Throttled(ILogger logger, Sextant.Config.Schema.AlertEvent @event, string subject, TimeSpan throttle);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Alert queue of {Channel} full; dropped the oldest alert {Event} ({Subject})")]
    public static partial void Dropped(ILogger logger, Sextant.Config.Schema.AlertEvent @event, string subject, string channel);
}
