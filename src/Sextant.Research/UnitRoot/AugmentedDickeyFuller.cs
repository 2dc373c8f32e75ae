namespace Sextant.Research.UnitRoot;

/// <summary>
/// Augmented Dickey–Fuller unit-root test, numerically equal to statsmodels 0.13.5
/// <c>adfuller(x, maxlag, regression, autolag)</c>. H0: the series has a unit root.
/// </summary>
public static class AugmentedDickeyFuller
{
    /// <summary>
    /// Tests <paramref name="series"/> for a unit root. <paramref name="maxLag"/> defaults to statsmodels'
    /// ceil(12 (n/100)^¼), capped at n/2 − 1 − (number of deterministic terms); with <see cref="LagSelection.Fixed"/> the
    /// test uses exactly that many lags, otherwise it picks 0…maxLag by AIC or BIC and refits on the full sample.
    /// Throws <see cref="ArgumentException"/> for non-finite values, a constant series or too few observations.
    /// Allocation-free once warm (scratch comes from the shared array pool).
    /// </summary>
    public static AdfResult Test(
        ReadOnlySpan<double> series,
        TrendTerm trend = TrendTerm.Constant,
        LagSelection lags = LagSelection.Aic,
        int? maxLag = null)
    {
        var fit = AdfRegression.Fit(series, trend, lags, maxLag);
        return new AdfResult(
            fit.Statistic,
            MacKinnon.PValue(fit.Statistic, trend, 1),
            fit.UsedLag,
            fit.Nobs,
            MacKinnon.Critical(trend, 1, fit.Nobs),
            fit.InformationCriterion);
    }
}
