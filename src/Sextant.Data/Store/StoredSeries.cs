using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Gaps;

namespace Sextant.Data.Store;

/// <summary>
/// What the store holds of one series in one tier: partitions, rows, first and last bar (UTC open times), bytes on disk, a problem when a
/// file is unreadable, and its gaps by the series' <see cref="GapRule"/> (counted over that tier's readable partitions), with the longest.
/// </summary>
public sealed record StoredSeries(SeriesKey Key, StoreTier Tier, int Partitions, long Rows, UnixNanos? First, UnixNanos? Last, long Bytes, string? Problem,
    int Gaps = 0, GapRule Rule = GapRule.Continuous, TimeRange? LongestGap = null);
