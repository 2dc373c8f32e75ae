using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Calendar;

namespace Sextant.Data.Corporate;

/// <summary>
/// Adjusts raw equity bars with a Lean factor file, by Lean's rule: a bar whose New York date is <em>d</em> takes the first row dated
/// ≥ <em>d</em>, and its open, high, low and close are multiplied by split_factor (<see cref="PriceAdjustment.Split"/>), price_factor
/// (<see cref="PriceAdjustment.Dividend"/>) or both (<see cref="PriceAdjustment.All"/>). Where the split factor applies, volume is
/// divided by it, so price × volume is unchanged. Bars after the last row keep factor 1. Prices stay doubles; the factor is computed in
/// decimal and converted once per row.
/// </summary>
public static class BarAdjuster
{
    /// <summary>The adjusted copy of <paramref name="raw"/> (<paramref name="raw"/> itself when nothing changes, e.g. <see cref="PriceAdjustment.Raw"/>).</summary>
    public static BarSeries Apply(BarSeries raw, FactorFile factors, PriceAdjustment mode)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(factors);
        var rows = factors.Rows;
        if (mode == PriceAdjustment.Raw || raw.Count == 0 || rows.Count == 0)
        {
            return raw;
        }

        // A bar belongs to row j while its open time is before 00:00 New York of the day after row j's date.
        var cutoffs = new UnixNanos[rows.Count];
        var price = new double[rows.Count + 1];
        var volume = new double[rows.Count + 1];
        for (var j = 0; j < rows.Count; j++)
        {
            cutoffs[j] = UsEquityCalendar.StartOf(rows[j].Date.AddDays(1));
            var r = rows[j];
            price[j] = (double)(mode switch { PriceAdjustment.Split => r.SplitFactor, PriceAdjustment.Dividend => r.PriceFactor, _ => r.PriceScale });
            volume[j] = mode == PriceAdjustment.Dividend ? 1 : (double)r.SplitFactor;
        }

        (price[^1], volume[^1]) = (1, 1);
        var times = raw.Times;
        if (IsIdentity(times, cutoffs, price, volume))
        {
            return raw;
        }

        var n = raw.Count;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        var row = 0;
        for (var i = 0; i < n; i++)
        {
            while (row < cutoffs.Length && times[i] >= cutoffs[row])
            {
                row++;
            }

            var f = price[row];
            (o[i], h[i], l[i], c[i]) = (raw.Open[i] * f, raw.High[i] * f, raw.Low[i] * f, raw.Close[i] * f);
            v[i] = volume[row] == 1 ? raw.Volume[i] : raw.Volume[i] / volume[row];
        }

        return new BarSeries(raw.Key, times.ToArray(), o, h, l, c, v, n);
    }

    private static bool IsIdentity(ReadOnlySpan<UnixNanos> times, UnixNanos[] cutoffs, double[] price, double[] volume)
    {
        var first = Row(times[0], cutoffs);
        var last = Row(times[^1], cutoffs);
        for (var j = first; j <= last; j++)
        {
            if (price[j] != 1 || volume[j] != 1)
            {
                return false;
            }
        }

        return true;

        static int Row(UnixNanos t, UnixNanos[] cutoffs)
        {
            var j = 0;
            while (j < cutoffs.Length && t >= cutoffs[j])
            {
                j++;
            }

            return j;
        }
    }
}
