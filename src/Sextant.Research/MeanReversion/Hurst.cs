namespace Sextant.Research.MeanReversion;

/// <summary>
/// Hurst exponent by the variance of lagged differences, the estimator common in pairs trading: for each lag τ in
/// minLag…maxLag, σ(τ) = population standard deviation of x_{t+τ} − x_t; H is the least-squares slope of log σ(τ) on
/// log τ (numpy: <c>np.polyfit(np.log(lags), np.log([np.std(x[l:] - x[:-l]) for l in lags]), 1)[0]</c>), because
/// σ(τ) ∝ τ^H. Feed levels (log prices or a spread), not returns. H ≈ 0.5 random walk, &lt; 0.5 mean-reverting,
/// &gt; 0.5 trending. Not R/S analysis. Allocation-free.
/// </summary>
public static class Hurst
{
    /// <summary>H over lags <paramref name="minLag"/>…<paramref name="maxLag"/> (inclusive, default 2…100); needs more than maxLag + 1 finite values.</summary>
    public static double Exponent(ReadOnlySpan<double> series, int minLag = 2, int maxLag = 100)
    {
        Check.Finite(series, nameof(series));
        ArgumentOutOfRangeException.ThrowIfLessThan(minLag, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxLag, minLag);
        if (series.Length <= maxLag + 1)
        {
            throw new ArgumentException($"Hurst with maxLag {maxLag} needs more than {maxLag + 1} observations, was {series.Length}", nameof(series));
        }

        var count = maxLag - minLag + 1;
        double meanX = 0;
        for (var lag = minLag; lag <= maxLag; lag++)
        {
            meanX += Math.Log(lag);
        }

        meanX /= count;

        // Σ (x − x̄)(y − ȳ) = Σ (x − x̄) y, so one pass over the lags suffices.
        double sxy = 0, sxx = 0;
        for (var lag = minLag; lag <= maxLag; lag++)
        {
            var dx = Math.Log(lag) - meanX;
            sxy += dx * Math.Log(LaggedDifferenceStd(series, lag));
            sxx += dx * dx;
        }

        return sxy / sxx;
    }

    private static double LaggedDifferenceStd(ReadOnlySpan<double> x, int lag)
    {
        var m = x.Length - lag;
        double mean = 0;
        for (var i = 0; i < m; i++)
        {
            mean += x[i + lag] - x[i];
        }

        mean /= m;
        double sum = 0;
        for (var i = 0; i < m; i++)
        {
            var d = x[i + lag] - x[i] - mean;
            sum += d * d;
        }

        return Math.Sqrt(sum / m);
    }
}
