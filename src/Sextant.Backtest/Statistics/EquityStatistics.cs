using System.Numerics;
using System.Runtime.CompilerServices;
using Sextant.Core.Time;

namespace Sextant.Backtest.Statistics;

/// <summary>Computes <see cref="PerformanceStatistics"/> from an equity curve in two passes, allocation-free.</summary>
public static class EquityStatistics
{
    /// <summary>
    /// Statistics of <paramref name="equity"/> (one point per bar, at <paramref name="times"/>) against <paramref name="capital"/>.
    /// A return needs a positive equity before it: after a bar at or below zero (a ruined account) r_t = equity_t /
    /// equity_{t−1} − 1 means nothing, so those bars add no return to the mean, volatility, Sharpe or Sortino (the fall
    /// into ruin itself, r ≤ −1, does). CAGR is −1 when the final equity is at or below zero.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per run, over every bar
    public static PerformanceStatistics Compute(ReadOnlySpan<double> equity, ReadOnlySpan<UnixNanos> times, double capital, double barsPerYear)
    {
        if (equity.Length != times.Length)
        {
            throw new ArgumentException($"Equity has {equity.Length} points but times has {times.Length}", nameof(times));
        }

        if (capital <= 0 || barsPerYear <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capital), $"Capital and bars per year must be positive, were {capital} and {barsPerYear}");
        }

        var n = equity.Length;
        var (sum, downside, count) = ReturnSums(equity);
        var (maxDrawdown, longest, longestStart, longestEnd) = Drawdown(equity, capital);

        // Two passes (the mean, then the squared deviations from it): as exact as Welford's update without a division on
        // the chain from one return to the next.
        var mean = count > 0 ? sum / count : 0;
        var m2 = SquaredDeviations(equity, mean);

        var std = count > 1 ? Math.Sqrt(m2 / (count - 1)) : double.NaN;
        var annual = Math.Sqrt(barsPerYear);
        var final = n == 0 ? capital : equity[n - 1];
        var years = n < 2 ? double.NaN : (times[n - 1] - times[0]).TotalDays / 365.25;
        var totalReturn = final / capital - 1;
        var cagr = !(years > 0) ? double.NaN : final <= 0 ? -1 : Math.Pow(final / capital, 1 / years) - 1;
        var downsideDeviation = count > 0 ? Math.Sqrt(downside / count) : double.NaN;
        return new PerformanceStatistics
        {
            TotalReturn = totalReturn,
            Cagr = cagr,
            AnnualVolatility = std * annual,
            Sharpe = std > 0 ? mean / std * annual : double.NaN,
            Sortino = downsideDeviation > 0 ? mean / downsideDeviation * annual : double.NaN,
            MaxDrawdown = maxDrawdown,
            MaxDrawdownBars = longest,
            MaxDrawdownDuration = longestStart >= 0 ? times[longestEnd] - times[longestStart] : TimeSpan.Zero,
            Calmar = maxDrawdown > 0 ? cagr / maxDrawdown : double.NaN,
            Bars = n,
            BarsPerYear = barsPerYear,
        };
    }

    // r_t = equity_t / equity_{t-1} - 1 where equity_{t-1} > 0: Σr, Σ(r² for r < 0) and their count, a vector of returns at
    // a time (the divisions are independent; one accumulator per lane breaks the chain of additions).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per run, over every bar: optimised from the start, not tier 0 then OSR
    private static (double Sum, double Downside, int Count) ReturnSums(ReadOnlySpan<double> equity)
    {
        double sum = 0, downside = 0;
        var count = 0;
        var t = 1;
        var width = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated && equity.Length > 2 * width)
        {
            Vector<double> sums = Vector<double>.Zero, downs = Vector<double>.Zero;
            var counts = Vector<long>.Zero;
            for (; t + width <= equity.Length; t += width)
            {
                var previous = new Vector<double>(equity.Slice(t - 1, width));
                var current = new Vector<double>(equity.Slice(t, width));
                var usable = Vector.GreaterThan(previous, Vector<double>.Zero);
                var r = Vector.ConditionalSelect(usable, (current / previous) - Vector<double>.One, Vector<double>.Zero);
                sums += r;
                downs += Vector.ConditionalSelect(Vector.LessThan(r, Vector<double>.Zero), r * r, Vector<double>.Zero);
                counts -= usable; // true lanes are -1
            }

            sum = Vector.Sum(sums);
            downside = Vector.Sum(downs);
            count = (int)Vector.Sum(counts);
        }

        for (; t < equity.Length; t++)
        {
            if (equity[t - 1] > 0)
            {
                var r = equity[t] / equity[t - 1] - 1;
                sum += r;
                count++;
                downside += r < 0 ? r * r : 0;
            }
        }

        return (sum, downside, count);
    }

    // Σ(r - mean)² over the same returns.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per run, over every bar: optimised from the start, not tier 0 then OSR
    private static double SquaredDeviations(ReadOnlySpan<double> equity, double mean)
    {
        double m2 = 0;
        var t = 1;
        var width = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated && equity.Length > 2 * width)
        {
            var sums = Vector<double>.Zero;
            var shift = new Vector<double>(1 + mean);
            for (; t + width <= equity.Length; t += width)
            {
                var previous = new Vector<double>(equity.Slice(t - 1, width));
                var current = new Vector<double>(equity.Slice(t, width));
                var d = (current / previous) - shift;
                sums += Vector.ConditionalSelect(Vector.GreaterThan(previous, Vector<double>.Zero), d * d, Vector<double>.Zero);
            }

            m2 = Vector.Sum(sums);
        }

        for (; t < equity.Length; t++)
        {
            if (equity[t - 1] > 0)
            {
                var d = equity[t] / equity[t - 1] - 1 - mean;
                m2 += d * d;
            }
        }

        return m2;
    }

    // Max drawdown 1 - equity_t / max_{s≤t} equity_s and the longest stretch under a peak. The division is made only for a
    // point that could deepen the drawdown (below the peak times 1 - the drawdown so far, with a margin for rounding), so
    // the figure is exactly what dividing at every point gives.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per run, over every bar: optimised from the start, not tier 0 then OSR
    private static (double MaxDrawdown, int Longest, int LongestStart, int LongestEnd) Drawdown(ReadOnlySpan<double> equity, double capital)
    {
        double peak = equity.Length > 0 ? equity[0] : capital, maxDrawdown = 0;
        var limit = Limit(peak, maxDrawdown);
        int peakIndex = 0, longest = 0, longestStart = -1, longestEnd = -1;
        for (var t = 0; t < equity.Length; t++)
        {
            var e = equity[t];
            if (e >= peak)
            {
                peak = e;
                peakIndex = t;
                limit = Limit(peak, maxDrawdown);
                continue;
            }

            if (!(e >= limit)) // also NaN, which the division passes on as it did
            {
                maxDrawdown = Math.Max(maxDrawdown, 1 - (e / peak));
                limit = Limit(peak, maxDrawdown);
            }

            if (t - peakIndex > longest)
            {
                longest = t - peakIndex;
                (longestStart, longestEnd) = (peakIndex, t);
            }
        }

        return (maxDrawdown, longest, longestStart, longestEnd);
    }

    // Below this a point may deepen the drawdown: peak · (1 − drawdown), raised by a margin far above a division's rounding.
    // (Under a peak at or below zero no point deepens it; NaN makes every point take the division.)
    private static double Limit(double peak, double maxDrawdown) => (peak * (1 - maxDrawdown)) + (Math.Abs(peak) * 1e-9);
}
