using Sextant.Research.LinearAlgebra;

namespace Sextant.Research.Cointegration;

/// <summary>
/// Johansen's reduced-rank cointegration test, numerically equal to statsmodels 0.13.5
/// <c>coint_johansen(endog, det_order, k_ar_diff)</c> (eigenvectors up to the sign of each column).
/// </summary>
public static class Johansen
{
    /// <summary>
    /// Tests the columns of <paramref name="endog"/> (rows = observations, columns = series) with
    /// <paramref name="lagDifferences"/> lagged differences (statsmodels <c>k_ar_diff</c>). As statsmodels, the levels are
    /// detrended to the order of <paramref name="deterministic"/> and, unless it is None, the differences and levels are
    /// demeaned; both are then purged of the lagged differences, and λ solves |λ S₁₁ − S₁₀ S₀₀⁻¹ S₀₁| = 0.
    /// The level paired with Δy_t is statsmodels' y_{t−k} (the "long-run" VECM form; same eigenvalues as y_{t−1} for
    /// k ≥ 1). With k = 0 that is y_t itself, a statsmodels quirk kept here so the numbers stay comparable.
    /// </summary>
    public static JohansenResult Test(double[,] endog, JohansenDeterministic deterministic = JohansenDeterministic.Constant, int lagDifferences = 1)
    {
        ArgumentNullException.ThrowIfNull(endog);
        if (deterministic is < JohansenDeterministic.None or > JohansenDeterministic.LinearTrend)
        {
            throw new ArgumentOutOfRangeException(nameof(deterministic), deterministic, "Unknown deterministic order");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(lagDifferences);
        var n = endog.GetLength(0);
        var m = endog.GetLength(1);
        ArgumentOutOfRangeException.ThrowIfZero(m, nameof(endog));
        var rows = n - 1 - lagDifferences;
        var demean = deterministic != JohansenDeterministic.None;
        var zCols = lagDifferences * m + (demean ? 1 : 0);
        if (rows <= zCols + m)
        {
            throw new ArgumentException($"Johansen with {m} series and {lagDifferences} lag differences needs more than {zCols + m + 1 + lagDifferences} observations, was {n}", nameof(endog));
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (!double.IsFinite(endog[i, j]))
                {
                    throw new ArgumentException($"endog must be finite, but [{i}, {j}] was {endog[i, j]}", nameof(endog));
                }
            }
        }

        var levels = JohansenMoments.Detrend(endog, (int)deterministic);
        var (r0, rk) = JohansenMoments.Residuals(levels, lagDifferences, demean, rows, zCols);
        var (values, vectors) = Solve(r0, rk, rows, m);

        var trace = new double[m];
        var maxEigen = new double[m];
        var traceCritical = new CriticalValues[m];
        var maxCritical = new CriticalValues[m];
        for (var i = 0; i < m; i++)
        {
            double sum = 0;
            for (var j = i; j < m; j++)
            {
                sum += Math.Log(1 - values[j]);
            }

            trace[i] = -rows * sum;
            maxEigen[i] = -rows * Math.Log(1 - values[i]);
            traceCritical[i] = JohansenCriticalTables.TraceValues(m - i, deterministic);
            maxCritical[i] = JohansenCriticalTables.MaxEigenValues(m - i, deterministic);
        }

        return new JohansenResult(values, vectors, trace, maxEigen, traceCritical, maxCritical, rows);
    }

    /// <summary>Eigenvalues (descending) and S₁₁-normalised eigenvectors of S₁₁⁻¹ S₁₀ S₀₀⁻¹ S₀₁, via Cholesky of S₁₁.</summary>
    private static (double[] Values, double[][] Vectors) Solve(double[] r0, double[] rk, int rows, int m)
    {
        var s00 = JohansenMoments.CrossProduct(r0, r0, rows, m);
        var skk = JohansenMoments.CrossProduct(rk, rk, rows, m);
        var s0k = JohansenMoments.CrossProduct(r0, rk, rows, m);

        // S_k0 S00⁻¹ S_0k = WᵀW with W = M⁻¹ S_0k (S00 = MMᵀ); then C = L⁻¹ WᵀW L⁻ᵀ = HHᵀ with H = L⁻¹Wᵀ (S_kk = LLᵀ):
        // a symmetric problem with the same eigenvalues, whose eigenvectors w give v = L⁻ᵀw with vᵀ S_kk v = 1.
        var w = SmallMatrix.SolveLower(SmallMatrix.Cholesky(s00), s0k);
        var l = SmallMatrix.Cholesky(skk);
        var h = SmallMatrix.SolveLower(l, SmallMatrix.Transpose(w));
        var (values, eigenvectors) = JacobiEigen.Decompose(SmallMatrix.OuterGram(h));
        var v = SmallMatrix.SolveLowerTransposed(l, eigenvectors);

        var order = Enumerable.Range(0, m).OrderByDescending(i => values[i]).ToArray();
        var sortedValues = new double[m];
        var sortedVectors = new double[m][];
        for (var r = 0; r < m; r++)
        {
            var c = order[r];
            sortedValues[r] = values[c];
            var vector = new double[m];
            for (var i = 0; i < m; i++)
            {
                vector[i] = v[i, c];
            }

            var first = Array.Find(vector, e => e != 0);
            if (first < 0)
            {
                for (var i = 0; i < m; i++)
                {
                    vector[i] = -vector[i];
                }
            }

            sortedVectors[r] = vector;
        }

        return (sortedValues, sortedVectors);
    }
}
