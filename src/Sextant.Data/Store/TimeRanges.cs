using Sextant.Core.Bars;

namespace Sextant.Data.Store;

/// <summary>Set operations on half-open UTC ranges: union into sorted disjoint ranges, and what of a request is not covered.</summary>
public static class TimeRanges
{
    /// <summary>The union of <paramref name="ranges"/>, sorted, with touching or overlapping ranges joined and empty ones dropped.</summary>
    public static IReadOnlyList<TimeRange> Union(IEnumerable<TimeRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var result = new List<TimeRange>();
        foreach (var r in ranges.Where(r => !r.IsEmpty).OrderBy(r => r.Start))
        {
            if (result.Count > 0 && r.Start <= result[^1].End)
            {
                var last = result[^1];
                result[^1] = new TimeRange(last.Start, r.End > last.End ? r.End : last.End);
            }
            else
            {
                result.Add(r);
            }
        }

        return result;
    }

    /// <summary>The parts of <paramref name="request"/> not inside any of <paramref name="covered"/>, sorted.</summary>
    public static IReadOnlyList<TimeRange> Missing(TimeRange request, IEnumerable<TimeRange> covered)
    {
        var missing = new List<TimeRange>();
        var cursor = request.Start;
        foreach (var c in Union(covered))
        {
            if (c.End <= cursor)
            {
                continue;
            }

            if (c.Start >= request.End)
            {
                break;
            }

            if (c.Start > cursor)
            {
                missing.Add(new TimeRange(cursor, c.Start));
            }

            cursor = c.End;
            if (cursor >= request.End)
            {
                break;
            }
        }

        if (cursor < request.End)
        {
            missing.Add(new TimeRange(cursor, request.End));
        }

        return missing;
    }
}
