using Sextant.Research.LinearAlgebra;

namespace Sextant.Research.Cointegration;

/// <summary>
/// The data steps of statsmodels' <c>coint_johansen</c>: detrending, differencing, lagging and the two residual
/// blocks R₀ (differences) and R₁ (levels) purged of the lagged differences. Matrices are column-major arrays.
/// </summary>
internal static class JohansenMoments
{
    /// <summary>Residuals of each column on a polynomial of degree <paramref name="order"/> in time (order −1: a copy).</summary>
    public static double[] Detrend(double[,] endog, int order)
    {
        var n = endog.GetLength(0);
        var m = endog.GetLength(1);
        var levels = new double[n * m];
        for (var j = 0; j < m; j++)
        {
            for (var i = 0; i < n; i++)
            {
                levels[j * n + i] = endog[i, j];
            }
        }

        if (order < 0)
        {
            return levels;
        }

        // statsmodels regresses on np.vander(np.linspace(-1, 1, n), order + 1); the residuals depend only on the
        // space the columns span, so 1 and (i − (n − 1)/2) serve as well.
        var cols = order + 1;
        var basis = new double[n * cols];
        for (var i = 0; i < n; i++)
        {
            basis[i] = 1;
            if (cols > 1)
            {
                basis[n + i] = i - (n - 1) / 2.0;
            }
        }

        ProjectOut(basis, n, cols, levels, m);
        return levels;
    }

    /// <summary>R₀ = Δy_t and R₁ = y_{t−k} (statsmodels' alignment), both purged of [1,] Δy_{t−1} … Δy_{t−k}.</summary>
    public static (double[] R0, double[] Rk) Residuals(double[] levels, int lags, bool demean, int rows, int zCols)
    {
        var n = rows + 1 + lags;
        var m = levels.Length / n;
        var r0 = new double[rows * m];
        var rk = new double[rows * m];
        var z = new double[rows * zCols];
        var offset = demean ? 1 : 0;
        for (var i = 0; i < rows; i++)
        {
            if (demean)
            {
                z[i] = 1;
            }

            for (var v = 0; v < m; v++)
            {
                var column = v * n;
                r0[v * rows + i] = levels[column + lags + i + 1] - levels[column + lags + i];
                rk[v * rows + i] = levels[column + 1 + i];
                for (var lag = 1; lag <= lags; lag++)
                {
                    var t = lags + i - lag;
                    z[(offset + (lag - 1) * m + v) * rows + i] = levels[column + t + 1] - levels[column + t];
                }
            }
        }

        if (zCols > 0)
        {
            ProjectOut(z, rows, zCols, r0, m);
            ProjectOut(z, rows, zCols, rk, m);
        }

        return (r0, rk);
    }

    /// <summary>aᵀb / rows for column-major a and b with <paramref name="m"/> columns each.</summary>
    public static double[,] CrossProduct(double[] a, double[] b, int rows, int m)
    {
        var s = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                s[i, j] = Vectors.Dot(a.AsSpan(i * rows, rows), b.AsSpan(j * rows, rows)) / rows;
            }
        }

        return s;
    }

    /// <summary>Replaces each of the <paramref name="m"/> columns of <paramref name="y"/> by its residual on the columns of <paramref name="x"/>.</summary>
    private static void ProjectOut(double[] x, int rows, int cols, double[] y, int m)
    {
        var a = (double[])x.Clone();
        var rDiag = new double[cols];
        Design.FactorOrThrow(a, rows, cols, rDiag);
        for (var v = 0; v < m; v++)
        {
            var column = y.AsSpan(v * rows, rows);
            Householder.ApplyQt(a, rows, cols, rDiag, column);
            column[..cols].Clear();
            Householder.ApplyQ(a, rows, cols, rDiag, column);
        }
    }
}
