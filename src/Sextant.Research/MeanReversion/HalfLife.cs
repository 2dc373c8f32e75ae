namespace Sextant.Research.MeanReversion;

/// <summary>
/// Half-life of mean reversion from the OLS fit Δs_t = a + b·s_{t−1} + e_t (the discretised Ornstein–Uhlenbeck
/// speed): half-life = −ln 2 / b, in observations (bars). Conventions: b ≥ 0 (a unit root or an explosive spread,
/// no reversion) gives +∞; a constant spread, where b is undefined, gives NaN. Allocation-free.
/// </summary>
public static class HalfLife
{
    /// <summary>Half-life in observations of <paramref name="spread"/> (at least 3 finite values); +∞ when b ≥ 0, NaN when the spread is constant.</summary>
    public static double Estimate(ReadOnlySpan<double> spread) => FromCoefficient(Coefficient(spread));

    /// <summary>−ln 2 / b for b &lt; 0; +∞ for b ≥ 0 (no mean reversion); NaN for NaN.</summary>
    public static double FromCoefficient(double b) => b switch
    {
        < 0 => -Math.Log(2) / b,
        >= 0 => double.PositiveInfinity,
        _ => double.NaN,
    };

    /// <summary>The slope b of Δs_t on s_{t−1} with a constant (statsmodels <c>OLS(np.diff(s), add_constant(s[:-1])).fit().params[1]</c>); NaN for a constant spread.</summary>
    public static double Coefficient(ReadOnlySpan<double> spread)
    {
        Check.Finite(spread, nameof(spread));
        if (spread.Length < 3)
        {
            throw new ArgumentException($"Half-life needs at least 3 observations, was {spread.Length}", nameof(spread));
        }

        var m = spread.Length - 1;
        double meanLevel = 0, meanChange = 0;
        for (var i = 0; i < m; i++)
        {
            meanLevel += spread[i];
            meanChange += spread[i + 1] - spread[i];
        }

        meanLevel /= m;
        meanChange /= m;
        double sxy = 0, sxx = 0;
        for (var i = 0; i < m; i++)
        {
            var dx = spread[i] - meanLevel;
            sxy += dx * (spread[i + 1] - spread[i] - meanChange);
            sxx += dx * dx;
        }

        return sxx == 0 ? double.NaN : sxy / sxx;
    }
}
