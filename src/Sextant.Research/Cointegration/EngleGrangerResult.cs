namespace Sextant.Research.Cointegration;

/// <summary>
/// Result of an Engle–Granger two-step cointegration test of y on x: the cointegrating regression
/// y_t = α + β x_t (+ δ t) + s_t and the unit-root test on its residual spread s.
/// </summary>
/// <param name="Statistic">ADF τ of the residuals (statsmodels <c>coint</c>'s <c>coint_t</c>); −∞ when y and x are almost perfectly collinear.</param>
/// <param name="PValue">MacKinnon (1994) approximate p-value for N = 2 (<c>pvalue</c>); 0 when collinear.</param>
/// <param name="CriticalValues">MacKinnon (2010) critical values for N = 2 and n − 1 observations (<c>crit_value</c>); NaN for <see cref="TrendTerm.None"/>.</param>
/// <param name="HedgeRatio">β, units of y per unit of x.</param>
/// <param name="Intercept">α (0 for <see cref="TrendTerm.None"/>).</param>
/// <param name="TrendSlope">δ per observation for <see cref="TrendTerm.ConstantTrend"/>, otherwise 0.</param>
/// <param name="UsedLag">Lagged differences in the residual ADF regression (0 when collinear).</param>
/// <param name="Nobs">Observations in the residual ADF regression (0 when collinear).</param>
/// <param name="HalfLife">Half-life of the residual spread in observations (see <see cref="MeanReversion.HalfLife"/>); +∞ when it does not revert.</param>
public readonly record struct EngleGrangerResult(
    double Statistic,
    double PValue,
    CriticalValues CriticalValues,
    double HedgeRatio,
    double Intercept,
    double TrendSlope,
    int UsedLag,
    int Nobs,
    double HalfLife);
