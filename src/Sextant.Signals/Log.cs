using Microsoft.Extensions.Logging;

namespace Sextant.Signals;

/// <summary>Every log line of Sextant.Signals (event ids 3200–3299).</summary>
internal static partial class Log
{
    [LoggerMessage(3200, LogLevel.Warning, "Stale data for {Strategy}: {Series} last closed bar {LastBar}, {Age} old; not trading on it")]
    public static partial void Stale(ILogger logger, string strategy, string series, string lastBar, string age);
}
