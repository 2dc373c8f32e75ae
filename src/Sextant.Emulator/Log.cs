using Microsoft.Extensions.Logging;
using Sextant.Emulator.Faults;

namespace Sextant.Emulator;

/// <summary>Log events of Sextant.Emulator (ids 4200–4299). Keys and secrets are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Emulator listening on {BaseUrl} (replay speed {Speed}x)")]
    public static partial void Started(ILogger logger, string baseUrl, double speed);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Fault armed: {Kind} {Status} on {Method} {Path} x{Count}")]
    public static partial void FaultArmed(ILogger logger, FaultKind kind, int status, string? method, string? path, int count);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Dropped {Count} stream connections")]
    public static partial void StreamsDropped(ILogger logger, int count);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "Streams {State}")]
    public static partial void StreamsState(ILogger logger, string state);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Information, Message = "Price of {Symbol} set to {Price}")]
    public static partial void PriceSet(ILogger logger, string symbol, decimal price);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Information, Message = "Emulator stopped")]
    public static partial void Stopped(ILogger logger);
}
