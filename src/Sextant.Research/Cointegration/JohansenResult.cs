namespace Sextant.Research.Cointegration;

/// <summary>
/// Johansen cointegration rank test results, as statsmodels' <c>JohansenTestResult</c>. Index r of the statistic and
/// critical-value lists is the null hypothesis "rank ≤ r" (trace) or "rank = r against r + 1" (max-eigenvalue).
/// </summary>
public sealed class JohansenResult
{
    internal JohansenResult(
        double[] eigenvalues,
        double[][] eigenvectors,
        double[] trace,
        double[] maxEigen,
        CriticalValues[] traceCritical,
        CriticalValues[] maxEigenCritical,
        int nobs)
    {
        Eigenvalues = eigenvalues;
        Eigenvectors = eigenvectors;
        TraceStatistics = trace;
        MaxEigenStatistics = maxEigen;
        TraceCriticalValues = traceCritical;
        MaxEigenCriticalValues = maxEigenCritical;
        Nobs = nobs;
    }

    /// <summary>Squared canonical correlations λ, descending (statsmodels <c>eig</c>).</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>
    /// Eigenvectors[r] is the cointegrating vector of <see cref="Eigenvalues"/>[r] (statsmodels <c>evec[:, r]</c>),
    /// normalised so that vᵀ S₁₁ v = 1 and its first non-zero element is positive. statsmodels fixes only the sign
    /// of its first column that way; its other columns carry LAPACK's arbitrary sign, so they may be −1 times these.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> Eigenvectors { get; }

    /// <summary>Trace statistics −T Σ_{i≥r} ln(1 − λ_i) (statsmodels <c>lr1</c>).</summary>
    public IReadOnlyList<double> TraceStatistics { get; }

    /// <summary>Maximum-eigenvalue statistics −T ln(1 − λ_r) (statsmodels <c>lr2</c>).</summary>
    public IReadOnlyList<double> MaxEigenStatistics { get; }

    /// <summary>Critical values of the trace statistics (statsmodels <c>cvt</c>); NaN when more than 12 series remain.</summary>
    public IReadOnlyList<CriticalValues> TraceCriticalValues { get; }

    /// <summary>Critical values of the max-eigenvalue statistics (statsmodels <c>cvm</c>); NaN when more than 12 series remain.</summary>
    public IReadOnlyList<CriticalValues> MaxEigenCriticalValues { get; }

    /// <summary>Observations T in the reduced-rank regression: n − 1 − lag differences.</summary>
    public int Nobs { get; }

    /// <summary>The rank the sequential trace test selects at 5 %: the first r whose statistic is below its critical value.</summary>
    public int TraceRankAtFivePercent
    {
        get
        {
            var r = 0;
            while (r < TraceStatistics.Count && TraceStatistics[r] > TraceCriticalValues[r].FivePercent)
            {
                r++;
            }

            return r;
        }
    }
}
