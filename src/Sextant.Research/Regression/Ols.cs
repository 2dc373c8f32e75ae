using Sextant.Research.LinearAlgebra;

namespace Sextant.Research.Regression;

/// <summary>
/// Ordinary least squares for a small dense design, by Householder QR (no normal equations, so an ill-conditioned
/// design such as levels next to a time trend keeps its precision). Equal to statsmodels
/// <c>OLS(y, X).fit()</c> (with <c>add_constant(X)</c> when an intercept is asked for) to rounding.
/// </summary>
public static class Ols
{
    /// <summary>
    /// Fits y on the columns of <paramref name="x"/> (rows = observations, columns = regressors), with an intercept
    /// as the first coefficient when <paramref name="addIntercept"/> is true. Throws <see cref="ArgumentException"/>
    /// for non-finite data, mismatched lengths, too few observations or a singular design.
    /// </summary>
    public static OlsResult Fit(ReadOnlySpan<double> y, double[,] x, bool addIntercept = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        var n = y.Length;
        if (x.GetLength(0) != n)
        {
            throw new ArgumentException($"x must have one row per observation of y ({n}), was {x.GetLength(0)}", nameof(x));
        }

        var regressors = x.GetLength(1);
        var offset = addIntercept ? 1 : 0;
        var cols = regressors + offset;
        var a = new double[n * cols];
        for (var i = 0; i < n; i++)
        {
            if (addIntercept)
            {
                a[i] = 1;
            }

            for (var j = 0; j < regressors; j++)
            {
                a[(j + offset) * n + i] = x[i, j];
            }
        }

        return FitColumnMajor(y, a, cols, addIntercept);
    }

    /// <summary>Simple regression of y on one regressor x, with an intercept (first coefficient) unless told otherwise.</summary>
    public static OlsResult Fit(ReadOnlySpan<double> y, ReadOnlySpan<double> x, bool addIntercept = true)
    {
        Check.SameLength(y, x, nameof(y), nameof(x));
        var n = y.Length;
        var offset = addIntercept ? 1 : 0;
        var a = new double[n * (1 + offset)];
        if (addIntercept)
        {
            a.AsSpan(0, n).Fill(1);
        }

        x.CopyTo(a.AsSpan(offset * n));
        return FitColumnMajor(y, a, 1 + offset, addIntercept);
    }

    private static OlsResult FitColumnMajor(ReadOnlySpan<double> y, double[] a, int cols, bool hasIntercept)
    {
        Check.Finite(y, nameof(y));
        Check.Finite(a, "x");
        var n = y.Length;
        if (n <= cols)
        {
            throw new ArgumentException($"OLS with {cols} coefficients needs more than {cols} observations, was {n}", nameof(y));
        }

        var design = (double[])a.Clone();
        var rDiag = new double[cols];
        Design.FactorOrThrow(a, n, cols, rDiag);
        var qty = y.ToArray();
        Householder.ApplyQt(a, n, cols, rDiag, qty);
        var b = new double[cols];
        Householder.SolveR(a, n, cols, rDiag, qty, b);

        var residuals = new double[n];
        double ssr = 0, mean = 0;
        for (var i = 0; i < n; i++)
        {
            double fitted = 0;
            for (var j = 0; j < cols; j++)
            {
                fitted += design[j * n + i] * b[j];
            }

            residuals[i] = y[i] - fitted;
            ssr += residuals[i] * residuals[i];
            mean += y[i];
        }

        mean /= n;
        double tss = 0;
        foreach (var v in y)
        {
            tss += hasIntercept ? (v - mean) * (v - mean) : v * v;
        }

        var variance = new double[cols];
        Householder.InverseGramDiagonal(a, n, cols, rDiag, variance, new double[cols * cols]);
        var sigma2 = ssr / (n - cols);
        var standardErrors = Array.ConvertAll(variance, v => Math.Sqrt(sigma2 * v));
        return new OlsResult(b, standardErrors, residuals, hasIntercept, 1 - ssr / tss);
    }
}
