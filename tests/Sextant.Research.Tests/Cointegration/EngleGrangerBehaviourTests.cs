using Sextant.Research.Cointegration;
using Sextant.Research.MeanReversion;
using Sextant.Research.Regression;
using Sextant.Research.Tests.Support;

namespace Sextant.Research.Tests.Cointegration;

public sealed class EngleGrangerBehaviourTests
{
    [Fact]
    public void Test_ExactLinearRelation_IsMinusInfinityWithPValueZeroLikeStatsmodels()
    {
        // statsmodels: R² ≥ 1 − 100·√eps → CollinearityWarning and coint_t = -inf, mackinnonp(-inf) = 0.
        var x = RealSeries.PepperWhite;
        var y = x.Select(v => 2 * v + 1).ToArray();

        var sut = EngleGranger.Test(y, x);

        Assert.Equal(double.NegativeInfinity, sut.Statistic);
        Assert.Equal(0.0, sut.PValue);
        Assert.Equal(2, sut.HedgeRatio, 10);
    }

    [Fact]
    public void Test_HalfLife_IsThatOfTheResidualSpread()
    {
        var spread = Ols.Fit(RealSeries.PepperBlack, RealSeries.PepperWhite).Residuals.ToArray();

        var sut = EngleGranger.Test(RealSeries.PepperBlack, RealSeries.PepperWhite);

        Assert.Equal(HalfLife.Estimate(spread), sut.HalfLife, 9);
    }

    [Fact]
    public void Test_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => EngleGranger.Test([1.0, 2, 3, 4, 5], [1.0, 2, 3, 4]));
    }

    [Fact]
    public void Test_ConstantRegressor_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => EngleGranger.Test(RealSeries.PepperBlack, Enumerable.Repeat(5.0, 271).ToArray()));

        Assert.Contains("constant", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_QuadraticTrend_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EngleGranger.Test(RealSeries.PepperBlack, RealSeries.PepperWhite, TrendTerm.ConstantQuadraticTrend));
    }

    [Fact]
    public void Test_WarmedUp_AllocatesNothing()
    {
        var btc = Fixture.Log(RealSeries.BtcClose);
        var eth = Fixture.Log(RealSeries.EthClose);
        EngleGranger.Test(btc, eth);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sut = EngleGranger.Test(btc, eth);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0L, allocated);
        Assert.True(sut.PValue > 0.5);
    }
}
