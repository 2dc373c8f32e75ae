using System.Buffers;
using Sextant.Research.LinearAlgebra;
using Sextant.Research.MeanReversion;
using Sextant.Research.UnitRoot;

namespace Sextant.Research.Cointegration;

/// <summary>
/// Engle–Granger (augmented) cointegration test, numerically equal to statsmodels 0.13.5
/// <c>coint(y, x, trend, maxlag=maxLag, autolag)</c>: OLS of y on [x, deterministic terms], then <c>adfuller</c> with
/// regression "n" on the residuals, then MacKinnon p-value and critical values for N = 2 variables under the chosen
/// trend (critical values for n − 1 observations, as statsmodels and Stata's egranger do). H0: no cointegration.
/// </summary>
public static class EngleGranger
{
    /// <summary>statsmodels' collinearity guard: R² ≥ 1 − 100·√eps makes the statistic −∞.</summary>
    private const double CollinearRSquared = 1 - 100 * 1.4901161193847656e-08;

    /// <summary>
    /// Tests y and x (same length, finite) for cointegration. Allocation-free once warm, for pair scans.
    /// <paramref name="trend"/> may be None, Constant (the default) or ConstantTrend.
    /// </summary>
    public static EngleGrangerResult Test(
        ReadOnlySpan<double> y,
        ReadOnlySpan<double> x,
        TrendTerm trend = TrendTerm.Constant,
        LagSelection lags = LagSelection.Aic,
        int? maxLag = null)
    {
        Check.SameLength(y, x, nameof(y), nameof(x));
        Check.Finite(y, nameof(y));
        Check.Finite(x, nameof(x));
        if (trend is < TrendTerm.None or > TrendTerm.ConstantTrend)
        {
            throw new ArgumentOutOfRangeException(nameof(trend), trend, "Engle-Granger supports None, Constant and ConstantTrend");
        }

        var n = y.Length;
        var cols = 1 + (int)trend;
        if (n <= cols + 2)
        {
            throw new ArgumentException($"Engle-Granger needs more than {cols + 2} observations, was {n}", nameof(y));
        }

        var pool = ArrayPool<double>.Shared;
        var a = pool.Rent(n * cols);
        var residuals = pool.Rent(n);
        Span<double> rDiag = stackalloc double[cols];
        Span<double> b = stackalloc double[cols];
        try
        {
            var spread = residuals.AsSpan(0, n);
            var rSquared = FitCointegratingRegression(y, x, cols, a, rDiag, b, spread);
            var critical = trend == TrendTerm.None
                ? new CriticalValues(double.NaN, double.NaN, double.NaN)
                : MacKinnon.Critical(trend, 2, n - 1);
            var slope = cols > 2 ? b[2] : 0;
            var intercept = cols > 1 ? b[1] : 0;
            var halfLife = HalfLife.Estimate(spread);
            if (rSquared >= CollinearRSquared)
            {
                return new EngleGrangerResult(double.NegativeInfinity, 0.0, critical, b[0], intercept, slope, 0, 0, halfLife);
            }

            var fit = AdfRegression.Fit(spread, TrendTerm.None, lags, maxLag);
            var p = MacKinnon.PValue(fit.Statistic, trend, 2);
            return new EngleGrangerResult(fit.Statistic, p, critical, b[0], intercept, slope, fit.UsedLag, fit.Nobs, halfLife);
        }
        finally
        {
            pool.Return(a);
            pool.Return(residuals);
        }
    }

    /// <summary>OLS of y on [x, 1, t][..cols]; writes coefficients and residuals, returns statsmodels' R² (uncentred without a constant).</summary>
    private static double FitCointegratingRegression(
        ReadOnlySpan<double> y, ReadOnlySpan<double> x, int cols, double[] a, Span<double> rDiag, Span<double> b, Span<double> residuals)
    {
        var n = y.Length;
        x.CopyTo(a);
        for (var i = 0; i < n; i++)
        {
            Design.FillTrend(a, n, i, cols - 1, 1);
        }

        if (!Householder.Factor(a.AsSpan(0, n * cols), n, cols, rDiag))
        {
            throw new ArgumentException("x is constant or collinear with the trend terms", nameof(x));
        }

        y.CopyTo(residuals);
        Householder.ApplyQt(a, n, cols, rDiag, residuals);
        Householder.SolveR(a, n, cols, rDiag, residuals, b);

        // Residuals as statsmodels forms them, y − X·b, summed over columns in order.
        double ssr = 0, sum = 0, sumSq = 0;
        for (var i = 0; i < n; i++)
        {
            double t = i + 1;
            var fitted = x[i] * b[0];
            if (cols > 1)
            {
                fitted += b[1];
            }

            if (cols > 2)
            {
                fitted += t * b[2];
            }

            var e = y[i] - fitted;
            residuals[i] = e;
            ssr += e * e;
            sum += y[i];
            sumSq += y[i] * y[i];
        }

        if (cols == 1)
        {
            return 1 - ssr / sumSq;
        }

        var mean = sum / n;
        double centred = 0;
        for (var i = 0; i < n; i++)
        {
            centred += (y[i] - mean) * (y[i] - mean);
        }

        return 1 - ssr / centred;
    }
}
