namespace Sextant.Research.LinearAlgebra;

/// <summary>
/// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations: slow for large matrices, but simple
/// and accurate to rounding for the handful of series a cointegration test holds.
/// </summary>
internal static class JacobiEigen
{
    private const int MaxSweeps = 100;

    /// <summary>Returns eigenvalues (unsorted) and the matching orthonormal eigenvectors as columns.</summary>
    public static (double[] Values, double[,] Vectors) Decompose(double[,] symmetric)
    {
        var m = symmetric.GetLength(0);
        var a = (double[,])symmetric.Clone();
        var v = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double off = 0, diagonal = 0;
            for (var i = 0; i < m; i++)
            {
                diagonal += a[i, i] * a[i, i];
                for (var j = i + 1; j < m; j++)
                {
                    off += a[i, j] * a[i, j];
                }
            }

            if (off <= 1e-36 * diagonal || off == 0)
            {
                break;
            }

            for (var p = 0; p < m - 1; p++)
            {
                for (var q = p + 1; q < m; q++)
                {
                    if (a[p, q] != 0)
                    {
                        Rotate(a, v, p, q);
                    }
                }
            }
        }

        var values = new double[m];
        for (var i = 0; i < m; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        var m = a.GetLength(0);
        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = Math.Sign(theta) == 0 ? 1.0 : Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        var c = 1 / Math.Sqrt(t * t + 1);
        var s = t * c;
        for (var k = 0; k < m; k++)
        {
            var akp = a[k, p];
            var akq = a[k, q];
            a[k, p] = c * akp - s * akq;
            a[k, q] = s * akp + c * akq;
        }

        for (var k = 0; k < m; k++)
        {
            var apk = a[p, k];
            var aqk = a[q, k];
            a[p, k] = c * apk - s * aqk;
            a[q, k] = s * apk + c * aqk;
        }

        a[p, q] = a[q, p] = 0;
        for (var k = 0; k < m; k++)
        {
            var vkp = v[k, p];
            var vkq = v[k, q];
            v[k, p] = c * vkp - s * vkq;
            v[k, q] = s * vkp + c * vkq;
        }
    }
}
