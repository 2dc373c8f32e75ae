using Sextant.Research.Cointegration;
using Sextant.Research.Tests.Support;

namespace Sextant.Research.Tests.Cointegration;

/// <summary>
/// Golden numbers: statsmodels 0.13.5 <c>coint</c> (Debian 12 python3-statsmodels) on the Fixtures/ files, printed by
/// References/statsmodels_references.py; hedge ratio and intercept are <c>OLS(y0, add_constant(y1, prepend=False))</c>,
/// the regression coint runs first. DAX/SMI = EuStockMarkets_1d.csv, gold/silver = AER_GoldSilver_1d.csv,
/// black/white = AER_PepperPrice_monthly.csv, btc/eth = first 5000 Binance 1m closes, goog/googl = Lean daily closes
/// on common dates from 2014-04-03.
/// </summary>
public sealed class EngleGrangerTests
{
    private static readonly double[] CritDaxSmi = [-3.902340987071025, -3.339418741394741, -3.0467322286994256];
    private static readonly double[] CritBtcEth = [-3.898632159780226, -3.3373525374820914, -3.0452985185254695];

    [Fact]
    public void Test_LogDaxOnLogSmi_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(RealSeries.LogDax, RealSeries.LogSmi);

        // coint(np.log(DAX), np.log(SMI), trend='c', autolag='aic')
        Expect(sut, -2.502170528877482, 0.27811259367139707, CritDaxSmi, 0.8202528560587491, 1.1823410625303388);
    }

    [Fact]
    public void Test_LogSmiOnLogDax_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(RealSeries.LogSmi, RealSeries.LogDax);

        // coint(np.log(SMI), np.log(DAX), trend='c', autolag='aic')
        Expect(sut, -2.6624858945558314, 0.2133600673175174, CritDaxSmi, 1.176486476278781, -1.110339433461884);
    }

    [Fact]
    public void Test_LogDaxOnLogSmiBic_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(RealSeries.LogDax, RealSeries.LogSmi, lags: LagSelection.Bic);

        // coint(np.log(DAX), np.log(SMI), trend='c', autolag='bic')
        Expect(sut, -2.502170528877482, 0.27811259367139707, CritDaxSmi, 0.8202528560587491, 1.1823410625303388);
    }

    [Fact]
    public void Test_LogDaxOnLogSmiFixedLag2_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(RealSeries.LogDax, RealSeries.LogSmi, lags: LagSelection.Fixed, maxLag: 2);

        // coint(np.log(DAX), np.log(SMI), trend='c', maxlag=2, autolag=None)
        Expect(sut, -2.5488945685942115, 0.2579410563004119, CritDaxSmi, 0.8202528560587491, 1.1823410625303388);
        Assert.Equal(2, sut.UsedLag);
    }

    [Fact]
    public void Test_LogDaxOnLogSmiConstantTrend_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(RealSeries.LogDax, RealSeries.LogSmi, TrendTerm.ConstantTrend);

        // coint(np.log(DAX), np.log(SMI), trend='ct', autolag='aic')
        Expect(sut, -2.879553777042411, 0.31902567515838265,
            [-4.335935165452745, -3.78568947008592, -3.500121483880312], 1.0184823296369423, -0.2521111023378809);
        Golden.Relative(-0.00016756213408622176, sut.TrendSlope, 1e-9, "trend slope");
    }

    [Fact]
    public void Test_LogDaxOnLogSmiNoConstant_MatchesStatsmodelsWithoutCriticalValues()
    {
        var sut = EngleGranger.Test(RealSeries.LogDax, RealSeries.LogSmi, TrendTerm.None);

        // coint(np.log(DAX), np.log(SMI), trend='n', autolag='aic'): crit = (nan, nan, nan)
        Golden.Relative(-2.45639085692442, sut.Statistic, what: "statistic");
        Golden.Absolute(0.10066122089965357, sut.PValue, what: "p-value");
        Golden.Relative(0.9671924994371297, sut.HedgeRatio, what: "hedge ratio");
        Assert.Equal(0, sut.Intercept);
        Assert.True(double.IsNaN(sut.CriticalValues.OnePercent) && double.IsNaN(sut.CriticalValues.TenPercent));
    }

    [Fact]
    public void Test_GoogOnGoogl_MatchesStatsmodels()
    {
        var (goog, googl) = RealSeries.GoogPair();

        var sut = EngleGranger.Test(goog, googl);

        // coint(goog_close, googl_close, trend='c', autolag='aic')
        Expect(sut, -2.7877527047871333, 0.1696126303970421,
            [-3.9026734939953514, -3.3396038504003096, -3.046860650826446], 1.0185897118495522, -28.438183774362614);
    }

    [Fact]
    public void Test_LogBtcOnLogEthMinutes_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(Fixture.Log(RealSeries.BtcClose), Fixture.Log(RealSeries.EthClose));

        // coint(np.log(btc), np.log(eth), trend='c', autolag='aic')
        Expect(sut, -1.0799506320628098, 0.8866046161860983, CritBtcEth, 1.1055220592793145, 1.9382554113266577);
    }

    [Fact]
    public void Test_BtcOnEthMinuteLevels_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(RealSeries.BtcClose, RealSeries.EthClose);

        // coint(btc, eth, trend='c', autolag='aic')
        Expect(sut, -0.9999872044898386, 0.9028496527847905, CritBtcEth, 16.722342240508386, -2526.4622176138005);
    }

    [Fact]
    public void Test_LogGoldOnLogSilver_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(RealSeries.LogGold, RealSeries.LogSilver);

        // coint(np.log(gold), np.log(silver), trend='c', autolag='aic')
        Expect(sut, -2.2658481599015996, 0.3907122323619122,
            [-3.8976398216819037, -3.336799241839305, -3.044914516250829], 0.6793396608801132, 1.6264342242868175);
    }

    [Fact]
    public void Test_PepperBlackOnWhite_CointegratedAtOnePercent()
    {
        var sut = EngleGranger.Test(RealSeries.PepperBlack, RealSeries.PepperWhite);

        // coint(black, white, trend='c', autolag='aic')
        Expect(sut, -4.247223968897751, 0.0030901765877495856,
            [-3.937462496570645, -3.3588535939643345, -3.0601954595336074], 0.7003298057510782, 63.54327388292443);
        Assert.True(sut.Statistic < sut.CriticalValues.OnePercent);
    }

    [Fact]
    public void Test_PepperBlackOnWhiteConstantTrendBic_MatchesStatsmodels()
    {
        var sut = EngleGranger.Test(RealSeries.PepperBlack, RealSeries.PepperWhite, TrendTerm.ConstantTrend, LagSelection.Bic);

        // coint(black, white, trend='ct', autolag='bic')
        Expect(sut, -4.119444026557038, 0.01928924680564204,
            [-4.385289794238683, -3.815960068587106, -3.5226400674693896], 0.710247899910988, 130.16734107508324);
        Golden.Relative(-0.699551599735174, sut.TrendSlope, 1e-9, "trend slope");
    }

    private static void Expect(EngleGrangerResult sut, double statistic, double pValue, double[] critical, double beta, double alpha)
    {
        Golden.Relative(statistic, sut.Statistic, what: "statistic");
        Golden.Absolute(pValue, sut.PValue, what: "p-value");
        Golden.Critical(critical, sut.CriticalValues);
        Golden.Relative(beta, sut.HedgeRatio, what: "hedge ratio");
        Golden.Relative(alpha, sut.Intercept, what: "intercept");
    }
}
