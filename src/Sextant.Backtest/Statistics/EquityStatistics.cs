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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // once per run, over every bar
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
        double sum = 0, downside = 0;
        var count = 0;
        double peak = n > 0 ? equity[0] : capital, maxDrawdown = 0;
        int peakIndex = 0, longest = 0, longestStart = -1, longestEnd = -1;
        for (var t = 0; t < n; t++)
        {
            if (t > 0 && equity[t - 1] > 0)
            {
                var r = equity[t] / equity[t - 1] - 1; // r_t = equity_t / equity_{t-1} - 1
                sum += r;
                count++;
                downside += r < 0 ? r * r : 0;
            }

            if (equity[t] >= peak)
            {
                peak = equity[t];
                peakIndex = t;
            }
            else
            {
                maxDrawdown = Math.Max(maxDrawdown, 1 - (equity[t] / peak));
                if (t - peakIndex > longest)
                {
                    longest = t - peakIndex;
                    (longestStart, longestEnd) = (peakIndex, t);
                }
            }
        }

        // Two passes (the mean, then the squared deviations from it): as exact as Welford's update without a division on
        // the chain from one return to the next.
        var mean = count > 0 ? sum / count : 0;
        double m2 = 0;
        for (var t = 1; t < n; t++)
        {
            if (equity[t - 1] > 0)
            {
                var d = equity[t] / equity[t - 1] - 1 - mean;
                m2 += d * d;
            }
        }

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
}
