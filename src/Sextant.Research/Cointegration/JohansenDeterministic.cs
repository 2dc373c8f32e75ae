namespace Sextant.Research.Cointegration;

/// <summary>Deterministic terms of Johansen's test, statsmodels' <c>det_order</c> (the enum values are those numbers).</summary>
public enum JohansenDeterministic
{
    /// <summary>No deterministic terms (<c>det_order = -1</c>).</summary>
    None = -1,

    /// <summary>A constant (<c>det_order = 0</c>): levels and differences are demeaned.</summary>
    Constant = 0,

    /// <summary>A linear trend (<c>det_order = 1</c>): levels are detrended, differences demeaned.</summary>
    LinearTrend = 1,
}
