using System.Buffers;
using Sextant.Research.LinearAlgebra;

namespace Sextant.Research.UnitRoot;

/// <summary>The lag search of <c>adfuller(..., autolag="AIC"|"BIC")</c>: every lag 0…maxlag on one common sample.</summary>
internal static partial class AdfRegression
{
    private const double Log2Pi = 1.8378770664093453; // log(2π)

    private static (int Lag, double Criterion) SelectLag(ReadOnlySpan<double> x, int trendColumns, int maxLag, LagSelection selection)
    {
        var rows = x.Length - 1 - maxLag;
        var cols = trendColumns + 1 + maxLag;
        var pool = ArrayPool<double>.Shared;
        var a = pool.Rent(rows * cols);
        var y = pool.Rent(rows);
        var rDiag = pool.Rent(cols);
        try
        {
            // Columns as statsmodels' fullRHS: deterministic terms, level x_{t-1}, then Δx_{t-1} … Δx_{t-maxlag}.
            for (var i = 0; i < rows; i++)
            {
                var t = maxLag + i;
                Design.FillTrend(a, rows, i, trendColumns, 0);
                a[trendColumns * rows + i] = x[t];
                for (var j = 1; j <= maxLag; j++)
                {
                    a[(trendColumns + j) * rows + i] = x[t - j + 1] - x[t - j];
                }

                y[i] = x[t + 1] - x[t];
            }

            Design.FactorOrThrow(a, rows, cols, rDiag);
            Householder.ApplyQt(a, rows, cols, rDiag, y.AsSpan(0, rows));

            // Residual sum of squares of the model with its first k columns is Σ_{j≥k} (Qᵀy)_j², with no cancellation.
            double tail = 0;
            for (var j = rows - 1; j >= cols; j--)
            {
                tail += y[j] * y[j];
            }

            var bestLag = maxLag;
            var best = double.PositiveInfinity;
            var logN = Math.Log(rows);
            for (var lag = maxLag; lag >= 0; lag--)
            {
                var k = trendColumns + 1 + lag;
                var ssr = tail;
                var ic = InformationCriterion(ssr, rows, k, selection == LagSelection.Aic ? 2.0 : logN);

                // Walking down from maxlag, "<=" keeps the smallest lag on an exact tie, like Python's min over (ic, lag).
                if (ic <= best)
                {
                    best = ic;
                    bestLag = lag;
                }

                tail += y[k - 1] * y[k - 1];
            }

            return (bestLag, best);
        }
        finally
        {
            pool.Return(a);
            pool.Return(y);
            pool.Return(rDiag);
        }
    }

    /// <summary>statsmodels OLS: llf = −n/2 log 2π − n/2 log(ssr/n) − n/2; IC = −2 llf + penalty × k.</summary>
    private static double InformationCriterion(double ssr, int nobs, int parameters, double penaltyPerParameter)
    {
        var half = nobs / 2.0;
        var llf = -half * Log2Pi - half * Math.Log(ssr / nobs) - half;
        return -2 * llf + penaltyPerParameter * parameters;
    }
}
