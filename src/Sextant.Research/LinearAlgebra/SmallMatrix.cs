namespace Sextant.Research.LinearAlgebra;

/// <summary>Dense helpers for the small square matrices of Johansen's procedure (one row/column per series).</summary>
internal static class SmallMatrix
{
    /// <summary>Lower-triangular L with LLᵀ = <paramref name="a"/>; throws when <paramref name="a"/> is not positive definite.</summary>
    public static double[,] Cholesky(double[,] a)
    {
        var m = a.GetLength(0);
        var l = new double[m, m];
        for (var j = 0; j < m; j++)
        {
            var d = a[j, j];
            for (var k = 0; k < j; k++)
            {
                d -= l[j, k] * l[j, k];
            }

            if (!(d > 0))
            {
                throw new ArgumentException("The series are collinear: a moment matrix is not positive definite");
            }

            l[j, j] = Math.Sqrt(d);
            for (var i = j + 1; i < m; i++)
            {
                var s = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    s -= l[i, k] * l[j, k];
                }

                l[i, j] = s / l[j, j];
            }
        }

        return l;
    }

    /// <summary>L⁻¹B for lower-triangular L (forward substitution, column by column).</summary>
    public static double[,] SolveLower(double[,] l, double[,] b)
    {
        var m = l.GetLength(0);
        var cols = b.GetLength(1);
        var x = new double[m, cols];
        for (var c = 0; c < cols; c++)
        {
            for (var i = 0; i < m; i++)
            {
                var s = b[i, c];
                for (var k = 0; k < i; k++)
                {
                    s -= l[i, k] * x[k, c];
                }

                x[i, c] = s / l[i, i];
            }
        }

        return x;
    }

    /// <summary>L⁻ᵀB for lower-triangular L (back substitution with Lᵀ).</summary>
    public static double[,] SolveLowerTransposed(double[,] l, double[,] b)
    {
        var m = l.GetLength(0);
        var cols = b.GetLength(1);
        var x = new double[m, cols];
        for (var c = 0; c < cols; c++)
        {
            for (var i = m - 1; i >= 0; i--)
            {
                var s = b[i, c];
                for (var k = i + 1; k < m; k++)
                {
                    s -= l[k, i] * x[k, c];
                }

                x[i, c] = s / l[i, i];
            }
        }

        return x;
    }

    public static double[,] Transpose(double[,] a)
    {
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                t[j, i] = a[i, j];
            }
        }

        return t;
    }

    /// <summary>A·Aᵀ.</summary>
    public static double[,] OuterGram(double[,] a)
    {
        var m = a.GetLength(0);
        var g = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                double s = 0;
                for (var k = 0; k < a.GetLength(1); k++)
                {
                    s += a[i, k] * a[j, k];
                }

                g[i, j] = g[j, i] = s;
            }
        }

        return g;
    }
}
