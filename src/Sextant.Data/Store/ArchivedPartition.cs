using Sextant.Core.Bars;

namespace Sextant.Data.Store;

/// <summary>One partition moved to the archive tier: its series, period name (<c>2023-03</c> or <c>2023</c>) and file sizes before and after.</summary>
public sealed record ArchivedPartition(SeriesKey Key, string Period, int Rows, long BytesBefore, long BytesAfter);
