using Sextant.Dashboard.Source;

namespace Sextant.Dashboard.Api;

/// <summary>Drawdown from the running equity peak, as a fraction (0.1 = 10% below the peak).</summary>
internal static class Drawdown
{
    public static double[] Series(IReadOnlyList<EquityPoint> points)
    {
        var result = new double[points.Count];
        var peak = decimal.MinValue;
        for (var i = 0; i < points.Count; i++)
        {
            peak = Math.Max(peak, points[i].Equity);
            result[i] = peak > 0 ? (double)(1 - (points[i].Equity / peak)) : 0;
        }

        return result;
    }

    public static (double Current, double Max) Of(IReadOnlyList<EquityPoint> points)
    {
        var series = Series(points);
        return series.Length == 0 ? (0, 0) : (series[^1], series.Max());
    }
}
