using Microsoft.Extensions.Logging;
using Sextant.Core.Orders;

namespace Sextant.Brokers;

/// <summary>Every log line of Sextant.Brokers (event ids 3100–3199).</summary>
internal static partial class Log
{
    [LoggerMessage(3100, LogLevel.Warning, "Signal of {Strategy} for {Symbol} refused at {Broker}: {Reason}: {Detail}")]
    public static partial void SignalRefused(ILogger logger, string strategy, string symbol, RejectReason reason, string detail, string broker);

    [LoggerMessage(3101, LogLevel.Warning, "Sync of {Broker}: {Symbol} position differs: ours {Ours}, venue {Venue}")]
    public static partial void PositionMismatch(ILogger logger, string broker, string symbol, decimal ours, decimal venue);

    [LoggerMessage(3102, LogLevel.Information, "Sync of {Broker}: booked {Count} fill(s) missed while away")]
    public static partial void MissedFills(ILogger logger, string broker, int count);

    [LoggerMessage(3103, LogLevel.Warning, "Sync of {Broker}: {Asset} cash differs: ours {Ours}, venue {Venue}")]
    public static partial void CashMismatch(ILogger logger, string broker, string asset, decimal ours, decimal venue);
}
