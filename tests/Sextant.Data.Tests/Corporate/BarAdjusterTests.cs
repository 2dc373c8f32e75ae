using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Data.Corporate;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Corporate;

/// <summary>
/// Golden values worked by hand from data/samples: lean_AAPL_1d.csv closes 645.57 (2014-06-06) and 93.70 (2014-06-09, after the 7:1
/// split), lean_factor_files/aapl.csv rows 20140606 (price_factor 0.9011818, split_factor 0.0357143) and 20140806 (0.9011818, 0.25).
/// </summary>
public sealed class BarAdjusterTests
{
    private static readonly FactorFile Aapl = new CorporateActionsFolder(RealData.Directory).GetFactorFile(new Symbol("AAPL"))!;
    private static readonly Sextant.Core.Bars.BarSeries Daily = RealData.Load("lean_AAPL_1d.csv", RealData.Key("lean", "AAPL", "1d"));

    private static int Index(Sextant.Core.Bars.BarSeries bars, string utc) => bars.LowerBound(RealData.Utc(utc));

    [Fact]
    public void Apply_Split_ScalesPricesByTheSplitFactorAndVolumeInversely()
    {
        var sut = BarAdjuster.Apply(Daily, Aapl, PriceAdjustment.Split);
        var (before, after) = (Index(sut, "2014-06-06T04:00Z"), Index(sut, "2014-06-09T04:00Z"));

        Assert.Equal(645.57 * 0.0357143, sut.Close[before], 12);
        Assert.Equal(93.70 * 0.25, sut.Close[after], 12);
        Assert.Equal(12116671 / 0.0357143, sut.Volume[before], 6);
        Assert.Equal(Daily.Close[^1], sut.Close[^1]); // the last bars (after 2021-02-04) keep factor 1
        Assert.InRange(sut.Close[after] / sut.Close[before], 1.00, 1.02); // the raw -85% jump is gone: +0.6% over the day
    }

    [Fact]
    public void Apply_All_AlsoAppliesThePriceFactor()
    {
        var sut = BarAdjuster.Apply(Daily, Aapl, PriceAdjustment.All);
        var before = Index(sut, "2014-06-06T04:00Z");

        Assert.Equal(645.57 * (double)(0.9011818m * 0.0357143m), sut.Close[before], 12);
        Assert.Equal(12116671 / 0.0357143, sut.Volume[before], 6);
    }

    [Fact]
    public void Apply_Dividend_LeavesSplitsAndVolume()
    {
        var sut = BarAdjuster.Apply(Daily, Aapl, PriceAdjustment.Dividend);
        var before = Index(sut, "2014-06-06T04:00Z");

        Assert.Equal(645.57 * 0.9011818, sut.Close[before], 12);
        Assert.Equal(12116671, sut.Volume[before]);
    }

    [Fact]
    public void Apply_MinuteBarsAcrossTheSplit_UseEachBarsNewYorkDate()
    {
        // lean_AAPL_1m.csv.gz: the last 2014-06-06 bar (19:59 New York) closes at 645.70, the first 2014-06-09 bar (04:00) at 92.42.
        var minutes = RealData.Load("lean_AAPL_1m.csv.gz", RealData.Key("lean", "AAPL", "1m"));

        var sut = BarAdjuster.Apply(minutes, Aapl, PriceAdjustment.Split);
        var first = Index(sut, "2014-06-09T08:00Z");

        Assert.Equal(645.70 * 0.0357143, sut.Close[first - 1], 12);
        Assert.Equal(92.42 * 0.25, sut.Close[first], 12);
        Assert.True(sut.Times.SequenceEqual(minutes.Times));
    }

    [Fact]
    public void Apply_RawOrBarsAfterTheLastEvent_ReturnsTheSameSeries()
    {
        var late = Daily.Slice(RealData.Range("2021-02-05", "2021-04-01"));

        Assert.Same(Daily, BarAdjuster.Apply(Daily, Aapl, PriceAdjustment.Raw));
        Assert.Same(late, BarAdjuster.Apply(late, Aapl, PriceAdjustment.All));
    }
}
