namespace Sextant.Research.UnitRoot;

/// <summary>Result of an augmented Dickey–Fuller test, field for field statsmodels' <c>adfuller</c> tuple.</summary>
/// <param name="Statistic">The τ statistic: t-value of the lagged level (<c>adf</c>).</param>
/// <param name="PValue">MacKinnon (1994) approximate p-value (<c>pvalue</c>).</param>
/// <param name="UsedLag">Number of lagged differences in the final regression (<c>usedlag</c>).</param>
/// <param name="Nobs">Observations in the final regression: n − 1 − UsedLag (<c>nobs</c>).</param>
/// <param name="CriticalValues">MacKinnon (2010) critical values for <paramref name="Nobs"/> (<c>critical values</c>).</param>
/// <param name="InformationCriterion">Minimised AIC or BIC from the common-sample lag search (<c>icbest</c>); NaN for <see cref="LagSelection.Fixed"/>.</param>
public readonly record struct AdfResult(
    double Statistic,
    double PValue,
    int UsedLag,
    int Nobs,
    CriticalValues CriticalValues,
    double InformationCriterion);
