using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Data.Store;

/// <summary>What the store holds of one series in one tier: partitions, rows, first and last bar (UTC open times), bytes on disk, and a problem when a file is unreadable.</summary>
public sealed record StoredSeries(SeriesKey Key, StoreTier Tier, int Partitions, long Rows, UnixNanos? First, UnixNanos? Last, long Bytes, string? Problem);
