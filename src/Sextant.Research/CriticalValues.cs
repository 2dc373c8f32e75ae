namespace Sextant.Research;

/// <summary>
/// Critical values of a test statistic at the 1 %, 5 % and 10 % significance levels. For Johansen's tests these are
/// the 99 %, 95 % and 90 % quantiles (statsmodels lists those as 90/95/99, in the opposite order).
/// </summary>
/// <param name="OnePercent">Critical value at 1 % significance (99 % quantile for Johansen).</param>
/// <param name="FivePercent">Critical value at 5 % significance.</param>
/// <param name="TenPercent">Critical value at 10 % significance (90 % quantile for Johansen).</param>
public readonly record struct CriticalValues(double OnePercent, double FivePercent, double TenPercent);
