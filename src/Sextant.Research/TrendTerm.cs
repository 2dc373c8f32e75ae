namespace Sextant.Research;

/// <summary>
/// Deterministic terms in a unit-root or cointegration regression, as statsmodels' <c>regression</c>/<c>trend</c>
/// argument: <c>"n"</c>, <c>"c"</c>, <c>"ct"</c>, <c>"ctt"</c>. The trend is 1, 2, …, nobs over the regression sample.
/// </summary>
public enum TrendTerm
{
    /// <summary>No constant, no trend (<c>"n"</c>).</summary>
    None,

    /// <summary>Constant only (<c>"c"</c>), the default.</summary>
    Constant,

    /// <summary>Constant and linear trend (<c>"ct"</c>).</summary>
    ConstantTrend,

    /// <summary>Constant, linear and quadratic trend (<c>"ctt"</c>).</summary>
    ConstantQuadraticTrend,
}
