using Microsoft.Extensions.Logging;

namespace Sextant.Data;

/// <summary>Log events of Sextant.Data: the store, samples and the DataManager use ids 2000–2049 (2050–2099 are left for the remote sources).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Wrote {Rows} bars to partition {Partition} ({Tier})")]
    public static partial void PartitionWritten(ILogger logger, string partition, int rows, Store.StoreTier tier);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Archived partition {Partition}: {BytesBefore} -> {BytesAfter} bytes")]
    public static partial void PartitionArchived(ILogger logger, string partition, long bytesBefore, long bytesAfter);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Source {Source} failed for {Series} {Range}; trying the next source")]
    public static partial void SourceFailed(ILogger logger, Exception exception, string source, string series, string range);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Fetched {Rows} bars of {Series} {Range} from {Source}")]
    public static partial void Fetched(ILogger logger, int rows, string series, string range, string source);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "No source could serve {Series} {Range} (tried: {Sources}); serving what the store has")]
    public static partial void RangeUnavailable(ILogger logger, string series, string range, string sources);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Write-back of {Series} to the store failed; serving the fetched bars anyway")]
    public static partial void WriteBackFailed(ILogger logger, Exception exception, string series);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Loaded bundled sample {File} into the store ({Rows} bars)")]
    public static partial void SampleLoaded(ILogger logger, string file, int rows);
}
