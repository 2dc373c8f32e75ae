using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Data.Store;

/// <summary>Merges two sorted series column by column. On equal open times the newer bar wins, deterministically; gaps stay gaps.</summary>
internal static class BarMerge
{
    /// <summary>The union of <paramref name="older"/> and <paramref name="newer"/>, sorted; a bar of <paramref name="newer"/> replaces an <paramref name="older"/> bar with the same open time.</summary>
    public static BarSeries Merge(BarSeries older, BarSeries newer)
    {
        if (older.Count == 0)
        {
            return newer;
        }

        if (newer.Count == 0)
        {
            return older;
        }

        var capacity = older.Count + newer.Count;
        var times = new UnixNanos[capacity];
        double[][] cols = [new double[capacity], new double[capacity], new double[capacity], new double[capacity], new double[capacity]];
        int i = 0, j = 0, n = 0;
        var ot = older.Times;
        var nt = newer.Times;
        while (i < ot.Length || j < nt.Length)
        {
            if (j == nt.Length || (i < ot.Length && ot[i] < nt[j]))
            {
                Copy(older, i);
                i++;
            }
            else
            {
                if (i < ot.Length && ot[i] == nt[j])
                {
                    i++;
                }

                Copy(newer, j);
                j++;
            }
        }

        return new BarSeries(older.Key, times, cols[0], cols[1], cols[2], cols[3], cols[4], n);

        void Copy(BarSeries from, int index)
        {
            times[n] = from.Times[index];
            cols[0][n] = from.Open[index];
            cols[1][n] = from.High[index];
            cols[2][n] = from.Low[index];
            cols[3][n] = from.Close[index];
            cols[4][n] = from.Volume[index];
            n++;
        }
    }

    /// <summary>Concatenates series that are each sorted and lie in disjoint, increasing time spans.</summary>
    public static BarSeries Concat(SeriesKey key, IReadOnlyList<BarSeries> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var total = parts.Sum(p => p.Count);
        var times = new UnixNanos[total];
        double[][] cols = [new double[total], new double[total], new double[total], new double[total], new double[total]];
        var offset = 0;
        foreach (var part in parts)
        {
            part.Times.CopyTo(times.AsSpan(offset));
            part.Open.CopyTo(cols[0].AsSpan(offset));
            part.High.CopyTo(cols[1].AsSpan(offset));
            part.Low.CopyTo(cols[2].AsSpan(offset));
            part.Close.CopyTo(cols[3].AsSpan(offset));
            part.Volume.CopyTo(cols[4].AsSpan(offset));
            offset += part.Count;
        }

        return new BarSeries(key, times, cols[0], cols[1], cols[2], cols[3], cols[4], total);
    }
}
