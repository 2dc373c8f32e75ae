using Sextant.Research.Tests.Support;
using Sextant.Research.UnitRoot;

namespace Sextant.Research.Tests.UnitRoot;

/// <summary>
/// Golden numbers: statsmodels 0.13.5 <c>adfuller</c> (Debian 12 python3-statsmodels) on the Fixtures/ files, printed
/// by References/statsmodels_references.py. DAX = EuStockMarkets_1d.csv column DAX, gold = AER_GoldSilver_1d.csv,
/// black = AER_PepperPrice_monthly.csv, tcm = tseries_tcm_monthly.csv, btc = first 5000 BTCUSDT 1m closes.
/// </summary>
public sealed partial class AugmentedDickeyFullerTests
{
    [Fact]
    public void Test_LogDaxConstantAic_MatchesStatsmodels()
    {
        var sut = AugmentedDickeyFuller.Test(RealSeries.LogDax, TrendTerm.Constant, LagSelection.Aic);

        // adfuller(np.log(DAX), regression='c', autolag='AIC')
        Expect(sut, 1.1840086086981088, 0.9958735140251394, 0, 1859, -11558.510342321122,
            [-3.4338725134861083, -2.863095992014326, -2.5675983545064196]);
    }

    [Fact]
    public void Test_LogDaxConstantTrendBic_MatchesStatsmodels()
    {
        var sut = AugmentedDickeyFuller.Test(RealSeries.LogDax, TrendTerm.ConstantTrend, LagSelection.Bic);

        // adfuller(np.log(DAX), regression='ct', autolag='BIC')
        Expect(sut, -1.3613971907109887, 0.8718917046023175, 0, 1859, -11543.81507544242,
            [-3.9636481231370935, -3.4128543215746565, -3.128441994527222]);
    }

    [Fact]
    public void Test_LogDaxNoConstantFixedLag4_MatchesStatsmodels()
    {
        var sut = AugmentedDickeyFuller.Test(RealSeries.LogDax, TrendTerm.None, LagSelection.Fixed, maxLag: 4);

        // adfuller(np.log(DAX), maxlag=4, regression='n', autolag=None)
        Expect(sut, 2.8799865831674154, 0.999642126039603, 4, 1855, double.NaN,
            [-2.566946337065264, -1.941145770858449, -1.616677604151869]);
    }

    [Fact]
    public void Test_DaxLogReturns_PValueZeroBelowSurface()
    {
        var dax = RealSeries.LogDax;
        var returns = new double[dax.Length - 1];
        for (var i = 0; i < returns.Length; i++)
        {
            returns[i] = dax[i + 1] - dax[i];
        }

        var sut = AugmentedDickeyFuller.Test(returns);

        // adfuller(np.diff(np.log(DAX)), regression='c', autolag='AIC')
        Expect(sut, -43.061437182310044, 0.0, 0, 1858, -11550.269796777986,
            [-3.433874411978076, -2.8630968301361275, -2.567598800775398]);
    }

    [Fact]
    public void Test_LogGoldConstantTrendAic_MatchesStatsmodels()
    {
        var sut = AugmentedDickeyFuller.Test(RealSeries.LogGold, TrendTerm.ConstantTrend, LagSelection.Aic);

        // adfuller(np.log(gold), regression='ct', autolag='AIC')
        Expect(sut, -0.9752822918170582, 0.9473511514558062, 28, 9103, -54548.76066198446,
            [-3.9597648615341616, -3.4109724116431237, -3.1273340856252463]);
    }

    [Fact]
    public void Test_PepperBlackDickeyFuller_MatchesStatsmodels()
    {
        var sut = AugmentedDickeyFuller.Test(RealSeries.PepperBlack, TrendTerm.Constant, LagSelection.Fixed, maxLag: 0);

        // adfuller(black, maxlag=0, regression='c', autolag=None)
        Expect(sut, -1.4232581203046024, 0.5710764994740296, 0, 270, double.NaN,
            [-3.4548039258751206, -2.872304928618605, -2.5725063100137175]);
    }

    [Fact]
    public void Test_PepperBlackNoConstantAic_MatchesStatsmodels()
    {
        var sut = AugmentedDickeyFuller.Test(RealSeries.PepperBlack, TrendTerm.None, LagSelection.Aic);

        // adfuller(black, regression='n', autolag='AIC')
        Expect(sut, -0.5943152274319131, 0.4570034506383469, 1, 269, 3228.191711420545,
            [-2.5741016478489795, -1.9420434119120524, -1.6158688427472971]);
    }

    [Fact]
    public void Test_Tcm1yConstantAic_MatchesStatsmodels()
    {
        var sut = AugmentedDickeyFuller.Test(RealSeries.Tcm("tcm1y"));

        // adfuller(tcm1y, regression='c', autolag='AIC')
        Expect(sut, -2.366949599349866, 0.15128269937871414, 19, 538, 549.0812005930062,
            [-3.442563336759378, -2.866927190004947, -2.5696391843672695]);
    }

    [Fact]
    public void Test_TermSpreadConstantBic_MatchesStatsmodels()
    {
        var short1 = RealSeries.Tcm("tcm1y");
        var long10 = RealSeries.Tcm("tcm10y");
        var spread = short1.Zip(long10, (s, l) => s - l).ToArray();

        var sut = AugmentedDickeyFuller.Test(spread, TrendTerm.Constant, LagSelection.Bic);

        // adfuller(tcm1y - tcm10y, regression='c', autolag='BIC')
        Expect(sut, -3.891164143760084, 0.0021008450606394284, 2, 555, 120.75729858423149,
            [-3.44218748274498, -2.8667617276005006, -2.569551011281552]);
    }

    [Fact]
    public void Test_LogBtcMinuteConstantAic_MatchesStatsmodels()
    {
        var sut = AugmentedDickeyFuller.Test(Fixture.Log(RealSeries.BtcClose));

        // adfuller(np.log(btc), regression='c', autolag='AIC')
        Expect(sut, -2.517016741540457, 0.1113886752439121, 10, 4989, -54427.8389294892,
            [-3.4316614186797896, -2.8621195049660733, -2.567078471244475]);
    }

    private static void Expect(AdfResult sut, double statistic, double pValue, int usedLag, int nobs, double ic, double[] critical)
    {
        Assert.Equal(usedLag, sut.UsedLag);
        Assert.Equal(nobs, sut.Nobs);
        Golden.Relative(statistic, sut.Statistic, what: "statistic");
        Golden.Absolute(pValue, sut.PValue, what: "p-value");
        if (double.IsNaN(ic))
        {
            Assert.True(double.IsNaN(sut.InformationCriterion));
        }
        else
        {
            Golden.Relative(ic, sut.InformationCriterion, what: "icbest");
        }

        Golden.Critical(critical, sut.CriticalValues);
    }
}
