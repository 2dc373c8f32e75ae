using Sextant.Research.Distributions;

namespace Sextant.Research.UnitRoot;

/// <summary>
/// MacKinnon's approximate p-values (1994 response surfaces) and critical values (2010 response surfaces) for
/// Dickey–Fuller τ statistics and Engle–Granger cointegration statistics, exactly as statsmodels 0.13.5
/// <c>mackinnonp</c> and <c>mackinnoncrit</c>.
/// </summary>
public static class MacKinnon
{
    /// <summary>Largest N (number of I(1) series) with p-value surfaces.</summary>
    public const int MaxSeriesForPValue = 6;

    /// <summary>Largest N (number of I(1) series) with critical-value surfaces.</summary>
    public const int MaxSeriesForCriticalValues = 12;

    /// <summary>
    /// Approximate asymptotic p-value of a τ statistic (statsmodels <c>mackinnonp(stat, regression, N)</c>): 1 above the
    /// surface's upper limit, 0 below its lower limit, NaN for NaN; <paramref name="seriesCount"/> is 1 for ADF and the
    /// number of variables for Engle–Granger (1…6).
    /// </summary>
    public static double PValue(double statistic, TrendTerm trend, int seriesCount = 1)
    {
        CheckTrend(trend);
        ArgumentOutOfRangeException.ThrowIfLessThan(seriesCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seriesCount, MaxSeriesForPValue);
        if (double.IsNaN(statistic))
        {
            return double.NaN;
        }

        var t = (int)trend;
        if (statistic > MacKinnonPValueTables.Max(t, seriesCount))
        {
            return 1.0;
        }

        if (statistic < MacKinnonPValueTables.Min(t, seriesCount))
        {
            return 0.0;
        }

        var coefficients = statistic <= MacKinnonPValueTables.Star(t, seriesCount)
            ? MacKinnonPValueTables.SmallP[t][seriesCount - 1]
            : MacKinnonPValueTables.LargeP[t][seriesCount - 1];
        return Normal.Cdf(Horner(coefficients, statistic));
    }

    /// <summary>
    /// Finite-sample critical values for <paramref name="nobs"/> observations (statsmodels
    /// <c>mackinnoncrit(N, regression, nobs)</c>). <see cref="TrendTerm.None"/> exists for N = 1 only.
    /// </summary>
    public static CriticalValues Critical(TrendTerm trend, int seriesCount, int nobs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nobs);
        var table = Table(trend, seriesCount);
        var x = 1.0 / nobs;
        return new CriticalValues(Horner(table[0], x), Horner(table[1], x), Horner(table[2], x));
    }

    /// <summary>Asymptotic critical values τ∞ (statsmodels <c>mackinnoncrit(N, regression, nobs=np.inf)</c>).</summary>
    public static CriticalValues AsymptoticCritical(TrendTerm trend, int seriesCount)
    {
        var table = Table(trend, seriesCount);
        return new CriticalValues(table[0][0], table[1][0], table[2][0]);
    }

    private static double[][] Table(TrendTerm trend, int seriesCount)
    {
        CheckTrend(trend);
        var byN = MacKinnonCriticalTables.Tau2010[(int)trend];
        ArgumentOutOfRangeException.ThrowIfLessThan(seriesCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seriesCount, byN.Length);
        return byN[seriesCount - 1];
    }

    /// <summary>numpy <c>polyval(coefficients[::-1], x)</c>: Horner from the highest power, in the same order of operations.</summary>
    private static double Horner(double[] lowestFirst, double x)
    {
        var y = 0.0;
        for (var i = lowestFirst.Length - 1; i >= 0; i--)
        {
            y = y * x + lowestFirst[i];
        }

        return y;
    }

    private static void CheckTrend(TrendTerm trend)
    {
        if (trend is < TrendTerm.None or > TrendTerm.ConstantQuadraticTrend)
        {
            throw new ArgumentOutOfRangeException(nameof(trend), trend, "Unknown trend term");
        }
    }
}
