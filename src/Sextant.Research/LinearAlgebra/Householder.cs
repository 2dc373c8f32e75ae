namespace Sextant.Research.LinearAlgebra;

/// <summary>
/// Householder QR of a small dense design held column-major in a span (column j at <c>[j * rows, (j + 1) * rows)</c>).
/// The factorisation is done in place, as in JAMA: the reflectors stay below the diagonal, R's strict upper triangle
/// above it and R's diagonal in a separate span. Columns are processed left to right, so the first k columns of the
/// factorisation are the factorisation of the first k columns: nested regressions share one QR.
/// </summary>
internal static class Householder
{
    /// <summary>2⁻⁵², numpy's <c>finfo(float).eps</c> (not <see cref="double.Epsilon"/>, the smallest subnormal).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Factors <paramref name="a"/> in place; returns false when a column is (numerically) a combination of earlier ones.</summary>
    public static bool Factor(Span<double> a, int rows, int cols, Span<double> rDiag)
    {
        var fullRank = true;
        for (var k = 0; k < cols; k++)
        {
            var column = a.Slice(k * rows, rows);
            var norm = Math.Sqrt(Vectors.Dot(column, column));
            var v = column[k..];
            var nrm = Math.Sqrt(Vectors.Dot(v, v));

            // numpy's matrix_rank uses the largest singular value; relative to the column's own norm keeps a trend
            // column (norm ~ n^1.5) from hiding a short column of returns.
            if (nrm == 0 || nrm <= norm * Math.Max(rows, cols) * MachineEpsilon)
            {
                rDiag[k] = 0;
                fullRank = false;
                continue;
            }

            if (v[0] < 0)
            {
                nrm = -nrm;
            }

            for (var i = 0; i < v.Length; i++)
            {
                v[i] /= nrm;
            }

            v[0] += 1.0;
            for (var j = k + 1; j < cols; j++)
            {
                var w = a.Slice(j * rows + k, rows - k);
                var s = -Vectors.Dot(v, w) / v[0];
                Vectors.Axpy(s, v, w);
            }

            rDiag[k] = -nrm;
        }

        return fullRank;
    }

    /// <summary>Overwrites <paramref name="y"/> (length rows) with Qᵀy, using the first <paramref name="cols"/> reflectors.</summary>
    public static void ApplyQt(ReadOnlySpan<double> a, int rows, int cols, ReadOnlySpan<double> rDiag, Span<double> y)
    {
        for (var k = 0; k < cols; k++)
        {
            if (rDiag[k] == 0)
            {
                continue;
            }

            var v = a.Slice(k * rows + k, rows - k);
            var tail = y[k..];
            var s = -Vectors.Dot(v, tail) / v[0];
            Vectors.Axpy(s, v, tail);
        }
    }

    /// <summary>Overwrites <paramref name="z"/> (length rows) with Qz, the inverse of <see cref="ApplyQt"/>.</summary>
    public static void ApplyQ(ReadOnlySpan<double> a, int rows, int cols, ReadOnlySpan<double> rDiag, Span<double> z)
    {
        for (var k = cols - 1; k >= 0; k--)
        {
            if (rDiag[k] == 0)
            {
                continue;
            }

            var v = a.Slice(k * rows + k, rows - k);
            var tail = z[k..];
            var s = -Vectors.Dot(v, tail) / v[0];
            Vectors.Axpy(s, v, tail);
        }
    }

    /// <summary>Solves R b = qty[..cols] by back substitution; <paramref name="b"/> has length cols.</summary>
    public static void SolveR(ReadOnlySpan<double> a, int rows, int cols, ReadOnlySpan<double> rDiag, ReadOnlySpan<double> qty, Span<double> b)
    {
        for (var i = cols - 1; i >= 0; i--)
        {
            var sum = qty[i];
            for (var j = i + 1; j < cols; j++)
            {
                sum -= a[j * rows + i] * b[j];
            }

            b[i] = sum / rDiag[i];
        }
    }

    /// <summary>Writes the diagonal of (RᵀR)⁻¹ = (XᵀX)⁻¹ into <paramref name="diag"/>, using <paramref name="scratch"/> (cols × cols).</summary>
    public static void InverseGramDiagonal(ReadOnlySpan<double> a, int rows, int cols, ReadOnlySpan<double> rDiag, Span<double> diag, Span<double> scratch)
    {
        // scratch holds R⁻¹ (upper triangular, row-major); (XᵀX)⁻¹ = R⁻¹R⁻ᵀ, whose diagonal is the squared row norms of R⁻¹.
        scratch[..(cols * cols)].Clear();
        for (var j = 0; j < cols; j++)
        {
            scratch[j * cols + j] = 1.0 / rDiag[j];
            for (var i = j - 1; i >= 0; i--)
            {
                double sum = 0;
                for (var m = i + 1; m <= j; m++)
                {
                    sum += a[m * rows + i] * scratch[m * cols + j];
                }

                scratch[i * cols + j] = -sum / rDiag[i];
            }
        }

        for (var i = 0; i < cols; i++)
        {
            double sum = 0;
            for (var j = i; j < cols; j++)
            {
                sum += scratch[i * cols + j] * scratch[i * cols + j];
            }

            diag[i] = sum;
        }
    }
}
