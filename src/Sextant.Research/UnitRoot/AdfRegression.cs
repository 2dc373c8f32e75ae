using System.Buffers;
using Sextant.Research.LinearAlgebra;

namespace Sextant.Research.UnitRoot;

/// <summary>
/// The augmented Dickey–Fuller regression Δx_t = deterministic + γ x_{t−1} + Σ_{j=1..p} φ_j Δx_{t−j} + e_t, following
/// statsmodels 0.13.5 <c>adfuller</c> step by step. Lag search: every p = 0…maxlag is fitted on the same sample (the
/// last n − 1 − maxlag differences) with one Householder QR, whose nested prefixes give each model's residual sum of
/// squares; the chosen p is then refitted on the longest sample it allows (n − 1 − p rows). Scratch arrays come from
/// <see cref="ArrayPool{T}.Shared"/>, so a warmed-up call allocates nothing.
/// </summary>
internal static partial class AdfRegression
{
    public static AdfFit Fit(ReadOnlySpan<double> x, TrendTerm trend, LagSelection selection, int? maxLag)
    {
        Check.Finite(x, nameof(x));
        if (trend is < TrendTerm.None or > TrendTerm.ConstantQuadraticTrend)
        {
            throw new ArgumentOutOfRangeException(nameof(trend), trend, "Unknown trend term");
        }

        if (selection is < LagSelection.Fixed or > LagSelection.Bic)
        {
            throw new ArgumentOutOfRangeException(nameof(selection), selection, "Unknown lag selection");
        }

        var n = x.Length;
        var trendColumns = (int)trend;
        var limit = n / 2 - trendColumns - 1;
        int lagBound;
        if (maxLag is { } requested)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(requested, nameof(maxLag));
            if (requested > limit)
            {
                throw new ArgumentOutOfRangeException(nameof(maxLag), requested,
                    $"maxLag must be at most n/2 - 1 - (number of deterministic terms) = {limit} for {n} observations");
            }

            lagBound = requested;
        }
        else
        {
            // Schwert (1989) via Greene, as statsmodels: ceil(12 (n/100)^(1/4)), capped by the sample size.
            lagBound = Math.Min(limit, (int)Math.Ceiling(12.0 * Math.Pow(n / 100.0, 0.25)));
            if (lagBound < 0)
            {
                throw new ArgumentException($"Series of {n} observations is too short for the ADF regression with trend {trend}", nameof(x));
            }
        }

        if (Check.IsConstant(x))
        {
            throw new ArgumentException("ADF needs a non-constant series", nameof(x));
        }

        var usedLag = lagBound;
        var criterion = double.NaN;
        if (selection != LagSelection.Fixed)
        {
            (usedLag, criterion) = SelectLag(x, trendColumns, lagBound, selection);
        }

        var statistic = LevelTStatistic(x, trendColumns, usedLag, out var nobs);
        return new AdfFit(statistic, usedLag, nobs, criterion);
    }

    private static double LevelTStatistic(ReadOnlySpan<double> x, int trendColumns, int lag, out int rows)
    {
        rows = x.Length - 1 - lag;
        var cols = trendColumns + lag + 1;
        if (rows <= cols)
        {
            throw new ArgumentException($"Series of {x.Length} observations leaves no degrees of freedom for {lag} lags", nameof(x));
        }

        var pool = ArrayPool<double>.Shared;
        var a = pool.Rent(rows * cols);
        var y = pool.Rent(rows);
        var rDiag = pool.Rent(cols);
        try
        {
            // The level goes last: its t-statistic is then (Qᵀy)_last · sign(R_last,last) / σ̂, no inverse needed.
            for (var i = 0; i < rows; i++)
            {
                var t = lag + i;
                Design.FillTrend(a, rows, i, trendColumns, 0);
                for (var j = 1; j <= lag; j++)
                {
                    a[(trendColumns + j - 1) * rows + i] = x[t - j + 1] - x[t - j];
                }

                a[(cols - 1) * rows + i] = x[t];
                y[i] = x[t + 1] - x[t];
            }

            Design.FactorOrThrow(a, rows, cols, rDiag);
            Householder.ApplyQt(a, rows, cols, rDiag, y.AsSpan(0, rows));
            double ssr = 0;
            for (var j = cols; j < rows; j++)
            {
                ssr += y[j] * y[j];
            }

            var sigma = Math.Sqrt(ssr / (rows - cols));
            return Math.Sign(rDiag[cols - 1]) * y[cols - 1] / sigma;
        }
        finally
        {
            pool.Return(a);
            pool.Return(y);
            pool.Return(rDiag);
        }
    }
}
