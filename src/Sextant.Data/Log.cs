using Microsoft.Extensions.Logging;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;

namespace Sextant.Data;

/// <summary>Log events of Sextant.Data: the store, samples and the DataManager use ids 2000–2049 (2050–2099 are left for the remote sources).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Wrote {Rows} bars to partition {Partition} ({Tier})")]
    public static partial void PartitionWritten(ILogger logger, string partition, int rows, Store.StoreTier tier);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Archived partition {Partition}: {BytesBefore} -> {BytesAfter} bytes")]
    public static partial void PartitionArchived(ILogger logger, string partition, long bytesBefore, long bytesAfter);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Source {Source} failed for {Series} {Range}; trying the next source")]
    public static partial void SourceFailed(ILogger logger, Exception exception, string source, SeriesKey series, TimeRange range);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Fetched {Rows} bars of {Series} {Range} from {Source}")]
    public static partial void Fetched(ILogger logger, int rows, SeriesKey series, TimeRange range, string source);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "No source has {Series} in {Ranges} (asked: {Sources}); serving the bars found")]
    public static partial void RangeUnavailable(ILogger logger, SeriesKey series, string ranges, string sources);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Write-back of {Series} to the store failed; serving the fetched bars anyway")]
    public static partial void WriteBackFailed(ILogger logger, Exception exception, SeriesKey series);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Source {Source} failed to answer for {Symbol}; trying the next source")]
    public static partial void SymbolSourceFailed(ILogger logger, Exception exception, string source, Symbol symbol);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Loaded bundled sample {File} into the store ({Rows} bars)")]
    public static partial void SampleLoaded(ILogger logger, string file, int rows);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "No factor file for {Symbol} in the store or the samples; its bars are served unadjusted although data.adjustment is {Adjustment}")]
    public static partial void FactorFileMissing(ILogger logger, Symbol symbol, Config.Schema.PriceAdjustment adjustment);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Copied {Files} bundled Lean factor and map files into {Folder}")]
    public static partial void CorporateFilesCopied(ILogger logger, int files, string folder);
}
