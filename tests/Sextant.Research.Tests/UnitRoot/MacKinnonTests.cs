using Sextant.Research.Tests.Support;
using Sextant.Research.UnitRoot;

namespace Sextant.Research.Tests.UnitRoot;

/// <summary>Golden numbers: statsmodels 0.13.5 <c>statsmodels.tsa.adfvalues.mackinnonp</c> / <c>mackinnoncrit</c>.</summary>
public sealed class MacKinnonTests
{
    [Theory]
    [InlineData(-2.5, TrendTerm.Constant, 1, 0.11547432475870761)]          // mackinnonp(-2.5, regression='c', N=1)
    [InlineData(-4.0, TrendTerm.Constant, 1, 0.0014105112530392603)]        // mackinnonp(-4.0, regression='c', N=1)
    [InlineData(-1.0, TrendTerm.Constant, 1, 0.7532643012005655)]           // mackinnonp(-1.0, regression='c', N=1)
    [InlineData(3.0, TrendTerm.Constant, 1, 1.0)]                           // mackinnonp(3.0, regression='c', N=1): above tau_max
    [InlineData(-19.0, TrendTerm.Constant, 1, 0.0)]                         // mackinnonp(-19.0, regression='c', N=1): below tau_min
    [InlineData(-3.3, TrendTerm.Constant, 2, 0.05473481458507781)]          // mackinnonp(-3.3, regression='c', N=2)
    [InlineData(-2.0, TrendTerm.Constant, 2, 0.5285780802451076)]           // mackinnonp(-2.0, regression='c', N=2)
    [InlineData(-5.5, TrendTerm.ConstantTrend, 3, 0.00041523326623456514)]  // mackinnonp(-5.5, regression='ct', N=3)
    [InlineData(-2.8, TrendTerm.ConstantTrend, 1, 0.19694444231149055)]     // mackinnonp(-2.8, regression='ct', N=1)
    [InlineData(-1.2, TrendTerm.None, 1, 0.21065062522170191)]              // mackinnonp(-1.2, regression='n', N=1)
    [InlineData(-3.0, TrendTerm.None, 1, 0.0026637350127542685)]            // mackinnonp(-3.0, regression='n', N=1)
    [InlineData(0.5, TrendTerm.None, 1, 0.824879195252956)]                 // mackinnonp(0.5, regression='n', N=1): tau_max_nc[0] is inf
    [InlineData(-4.5, TrendTerm.Constant, 6, 0.08397994816308979)]          // mackinnonp(-4.5, regression='c', N=6)
    [InlineData(-3.0, TrendTerm.ConstantTrend, 6, 0.8489152161206224)]      // mackinnonp(-3.0, regression='ct', N=6)
    [InlineData(-2.0, TrendTerm.None, 4, 0.726575325702866)]                // mackinnonp(-2.0, regression='n', N=4)
    public void PValue_Statistic_MatchesStatsmodels(double statistic, TrendTerm trend, int n, double expected)
    {
        var sut = MacKinnon.PValue(statistic, trend, n);

        Golden.Absolute(expected, sut, 1e-15);
    }

    [Theory]
    [InlineData(TrendTerm.Constant, 1, 1000, -3.4369061654329998, -2.86443457404, -2.568311209)]                   // mackinnoncrit(N=1, regression='c', nobs=1000)
    [InlineData(TrendTerm.Constant, 2, 1859, -3.902340987071025, -3.339418741394741, -3.0467322286994256)]       // mackinnoncrit(N=2, regression='c', nobs=1859)
    [InlineData(TrendTerm.ConstantTrend, 1, 250, -3.99544583392, -3.428199079936, -3.13745663232)]                // mackinnoncrit(N=1, regression='ct', nobs=250)
    [InlineData(TrendTerm.None, 1, 100, -2.5884606999999997, -1.943991277, -1.614410036)]                         // mackinnoncrit(N=1, regression='n', nobs=100)
    [InlineData(TrendTerm.ConstantTrend, 12, 500, -6.944857108992, -6.3913500355920005, -6.1030000817920005)]     // mackinnoncrit(N=12, regression='ct', nobs=500)
    [InlineData(TrendTerm.Constant, 7, 80, -5.892552548828125, -5.2288444511718755, -4.893866802734375)]          // mackinnoncrit(N=7, regression='c', nobs=80)
    public void Critical_Nobs_MatchesStatsmodelsExactly(TrendTerm trend, int n, int nobs, double one, double five, double ten)
    {
        var sut = MacKinnon.Critical(trend, n, nobs);

        Assert.Equal(new CriticalValues(one, five, ten), sut);
    }

    [Fact]
    public void AsymptoticCritical_ConstantOneSeries_IsTauInfinity()
    {
        var sut = MacKinnon.AsymptoticCritical(TrendTerm.Constant, 1);

        // mackinnoncrit(N=1, regression='c') → tau_c_2010[0, :, 0]
        Assert.Equal(new CriticalValues(-3.43035, -2.86154, -2.56677), sut);
    }

    [Fact]
    public void PValue_NaN_IsNaN()
    {
        Assert.True(double.IsNaN(MacKinnon.PValue(double.NaN, TrendTerm.Constant)));
    }

    [Fact]
    public void PValue_NegativeInfinity_IsZero()
    {
        // coint's collinear case passes -inf to mackinnonp, which returns 0.0.
        Assert.Equal(0.0, MacKinnon.PValue(double.NegativeInfinity, TrendTerm.Constant, 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void PValue_SeriesCountOutsideTables_Throws(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MacKinnon.PValue(-3, TrendTerm.Constant, n));
    }

    [Fact]
    public void Critical_NoConstantWithTwoSeries_Throws()
    {
        // MacKinnon (2010) has no "n" surfaces for N > 1; statsmodels' coint reports NaN there instead.
        Assert.Throws<ArgumentOutOfRangeException>(() => MacKinnon.Critical(TrendTerm.None, 2, 100));
    }
}
