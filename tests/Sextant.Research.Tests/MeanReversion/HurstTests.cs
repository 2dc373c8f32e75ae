using Sextant.Research.MeanReversion;
using Sextant.Research.Tests.Support;

namespace Sextant.Research.Tests.MeanReversion;

/// <summary>
/// Golden numbers: numpy 1.24 <c>np.polyfit(np.log(lags), np.log([np.std(x[l:] - x[:-l]) for l in lags]), 1)[0]</c>
/// (References/statsmodels_references.py, function <c>hurst</c>).
/// </summary>
public sealed class HurstTests
{
    [Fact]
    public void Exponent_LogDax_MatchesNumpyAndIsNearRandomWalk()
    {
        var sut = Hurst.Exponent(RealSeries.LogDax);

        // hurst(np.log(DAX), range(2, 101))
        Golden.Relative(0.5074238457963282, sut, 1e-12);
    }

    [Fact]
    public void Exponent_LogBtcMinutes_MatchesNumpy()
    {
        var sut = Hurst.Exponent(Fixture.Log(RealSeries.BtcClose));

        // hurst(np.log(btc), range(2, 101))
        Golden.Relative(0.48185218678159736, sut, 1e-12);
    }

    [Fact]
    public void Exponent_GoogShareClassSpread_IsMeanReverting()
    {
        var (goog, googl) = RealSeries.GoogPair();
        var spread = goog.Zip(googl, (c, a) => c - a).ToArray();

        var sut = Hurst.Exponent(spread, 2, 20);

        // hurst(goog_close - googl_close, range(2, 21))
        Golden.Relative(0.2855572612907753, sut, 1e-12);
        Assert.True(sut < 0.5);
    }

    [Fact]
    public void Exponent_SeriesNotLongerThanMaxLag_Throws()
    {
        Assert.Throws<ArgumentException>(() => Hurst.Exponent(new double[101]));
    }
}
