namespace Sextant.Research.LinearAlgebra;

/// <summary>Helpers for filling column-major design matrices.</summary>
internal static class Design
{
    /// <summary>
    /// Writes the deterministic terms of row <paramref name="row"/> into columns firstColumn…: 1, t, t² with
    /// t = row + 1, as statsmodels <c>add_trend</c> (trend = 1…nobs over the regression sample).
    /// </summary>
    public static void FillTrend(Span<double> a, int rows, int row, int trendColumns, int firstColumn)
    {
        double t = row + 1;
        double value = 1;
        for (var c = 0; c < trendColumns; c++)
        {
            a[(firstColumn + c) * rows + row] = value;
            value *= t;
        }
    }

    public static void FactorOrThrow(Span<double> a, int rows, int cols, Span<double> rDiag)
    {
        if (!Householder.Factor(a, rows, cols, rDiag))
        {
            throw new ArgumentException($"The {rows} x {cols} regression design is singular: a regressor is a linear combination of the others");
        }
    }
}
