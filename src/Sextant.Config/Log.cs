using Microsoft.Extensions.Logging;

namespace Sextant.Config;

/// <summary>Log events of Sextant.Config (ids 1000–1099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded configuration from {Files} ({Overrides} override(s) from environment and --set)")]
    public static partial void Loaded(ILogger logger, string files, int overrides);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Configuration override {Source}")]
    public static partial void Override(ILogger logger, string source);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Configuration rejected with {Count} problem(s)")]
    public static partial void Rejected(ILogger logger, int count);
}
