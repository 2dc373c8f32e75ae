using Sextant.Research.MeanReversion;
using Sextant.Research.Regression;
using Sextant.Research.Tests.Support;

namespace Sextant.Research.Tests.MeanReversion;

/// <summary>
/// Golden numbers: statsmodels 0.13.5 <c>b = OLS(np.diff(s), add_constant(s[:-1])).fit().params[1]</c> and
/// <c>-np.log(2) / b</c> (References/statsmodels_references.py).
/// </summary>
public sealed class HalfLifeTests
{
    [Fact]
    public void Estimate_DaxSmiSpread_MatchesStatsmodelsRegression()
    {
        var spread = Ols.Fit(RealSeries.LogDax, RealSeries.LogSmi).Residuals.ToArray();

        var sut = HalfLife.Estimate(spread);

        // s = OLS(np.log(DAX), add_constant(np.log(SMI))).fit().resid: b = -0.0062562965697560225
        Golden.Relative(-0.0062562965697560225, HalfLife.Coefficient(spread), 1e-9, "b");
        Golden.Relative(110.79193142964705, sut, 1e-9, "half-life");
    }

    [Fact]
    public void Estimate_GoogShareClassSpread_MatchesStatsmodelsRegression()
    {
        var (goog, googl) = RealSeries.GoogPair();
        var spread = goog.Zip(googl, (c, a) => c - a).ToArray();

        var sut = HalfLife.Estimate(spread);

        // s = goog_close - googl_close: b = -0.01503110103065093, half-life = 46.114198763384145
        Golden.Relative(46.114198763384145, sut, 1e-9, "half-life");
    }

    [Fact]
    public void Estimate_TrendingLogDax_IsPositiveInfinity()
    {
        // statsmodels' b is +0.0007798355872902469 here; -ln2/b would be -888.8 bars, which means nothing, so b ≥ 0 → +∞.
        var sut = HalfLife.Estimate(RealSeries.LogDax);

        Golden.Relative(0.0007798355872902469, HalfLife.Coefficient(RealSeries.LogDax), 1e-9, "b");
        Assert.Equal(double.PositiveInfinity, sut);
    }

    [Theory]
    [InlineData(-0.5, 1.3862943611198906)]   // ln 2 / 0.5
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(0.1, double.PositiveInfinity)]
    [InlineData(double.NaN, double.NaN)]
    public void FromCoefficient_Slope_FollowsDocumentedConvention(double b, double expected)
    {
        Assert.Equal(expected, HalfLife.FromCoefficient(b));
    }

    [Fact]
    public void Estimate_ConstantSpread_IsNaN()
    {
        Assert.True(double.IsNaN(HalfLife.Estimate([2.0, 2.0, 2.0, 2.0])));
    }

    [Fact]
    public void Estimate_TwoPoints_Throws()
    {
        Assert.Throws<ArgumentException>(() => HalfLife.Estimate([1.0, 2.0]));
    }
}
