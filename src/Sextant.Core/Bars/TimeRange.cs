using Sextant.Core.Time;

namespace Sextant.Core.Bars;

/// <summary>A half-open UTC time range [<see cref="Start"/>, <see cref="End"/>): a bar belongs to it when its open time is at or after Start and before End.</summary>
public readonly record struct TimeRange
{
    /// <summary>Creates [start, end); throws when end is before start.</summary>
    public TimeRange(UnixNanos start, UnixNanos end)
    {
        if (end < start)
        {
            throw new ArgumentException($"Time range end must not be before start, was {start} to {end}", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Everything representable: from 1677 to 2262.</summary>
    public static TimeRange All { get; } = new(new UnixNanos(long.MinValue), new UnixNanos(long.MaxValue));

    /// <summary>First instant included.</summary>
    public UnixNanos Start { get; }

    /// <summary>First instant excluded.</summary>
    public UnixNanos End { get; }

    /// <summary>True when the range holds no instant.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="time"/> lies in [Start, End).</summary>
    public bool Contains(UnixNanos time) => time >= Start && time < End;

    /// <summary>The overlap of two ranges (empty when they do not overlap).</summary>
    public TimeRange Intersect(TimeRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return end <= start ? new TimeRange(start, start) : new TimeRange(start, end);
    }

    /// <summary>"[start, end)" in ISO-8601 UTC.</summary>
    public override string ToString() => $"[{Start}, {End})";
}
