using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Gaps;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Gaps;

/// <summary>Gap rules on the bundled real series; expected gaps are listed in data/samples/README.md and shared/data's check table.</summary>
public sealed class SeriesGapsTests
{
    private static List<TimeRange> Gaps(string file, string venue, string symbol, string interval, AssetClass? assetClass)
    {
        var bars = RealData.Load(file, RealData.Key(venue, symbol, interval));
        return SeriesGaps.Find(bars.Times, bars.Key.Interval, assetClass);
    }

    [Fact]
    public void Find_BtcMinutes_TheBinanceHaltIsTheOnlyGap()
    {
        var gaps = Gaps("binance_BTCUSDT_1m.csv.gz", "binance", "BTCUSDT", "1m", AssetClass.Crypto);

        // Binance halted spot trading 2023-03-24 12:40-13:59 UTC: 80 minutes without bars.
        Assert.Equal([RealData.Range("2023-03-24T12:40", "2023-03-24T14:00")], gaps);
    }

    [Fact]
    public void Find_CompleteBinanceUsMinutes_NoGaps() =>
        Assert.Empty(Gaps("binanceus_BTCUSD_1m.csv.gz", "binanceus", "BTCUSD", "1m", AssetClass.Crypto));

    [Fact]
    public void Find_SpyDaily_WeekendsAndHolidaysAreNotGaps() =>
        Assert.Empty(Gaps("lean_SPY_1d.csv", "lean", "SPY", "1d", AssetClass.Equity));

    [Fact]
    public void Find_QqqDaily_TheQqqqYearsAreOneGap()
    {
        var gap = Assert.Single(Gaps("lean_QQQ_1d.csv", "lean", "QQQ", "1d", AssetClass.Equity));

        Assert.Equal(RealData.Utc("2004-12-01T05:00Z"), gap.Start); // first missing trading day, 00:00 New York
        Assert.Equal(RealData.Utc("2011-03-23T04:00Z"), gap.End);   // the next bar
    }

    [Fact]
    public void Find_EemDaily_ASingleMissingTradingDayIsAGap()
    {
        // lean_EEM_1d.csv has no bar for Friday 2003-08-15, a full NYSE trading day (the day after the Northeast blackout).
        var gap = Assert.Single(Gaps("lean_EEM_1d.csv", "lean", "EEM", "1d", AssetClass.Equity));

        Assert.Equal(RealData.Utc("2003-08-15T04:00Z"), gap.Start);
    }

    [Fact]
    public void Find_SpyMinutesWithExtendedHours_OnlyTheSessionCounts() =>
        Assert.Empty(Gaps("lean_SPY_1m.csv.gz", "lean", "SPY", "1m", AssetClass.Equity));

    [Fact]
    public void Find_AigMinutes_AMinuteWithoutTradesInTheSessionIsAGap()
    {
        var gap = Assert.Single(Gaps("lean_AIG_1m.csv.gz", "lean", "AIG", "1m", AssetClass.Equity));

        Assert.Equal(RealData.Range("2013-10-07T17:47", "2013-10-07T17:48"), gap); // 13:47 New York
    }

    [Fact]
    public void Find_SpyHourly_FlooredHourBarsMakeNoGaps() =>
        Assert.Empty(Gaps("lean_SPY_1h.csv.gz", "lean", "SPY", "1h", AssetClass.Equity));

    [Fact]
    public void Find_SameMinutesTreatedAsCrypto_CountNightsAsGaps() =>
        Assert.True(Gaps("lean_SPY_1m.csv.gz", "lean", "SPY", "1m", AssetClass.Crypto).Count > 100);

    [Theory]
    [InlineData("1m", AssetClass.Crypto, GapRule.Continuous)]
    [InlineData("1d", null, GapRule.Continuous)]
    [InlineData("1d", AssetClass.Equity, GapRule.TradingDays)]
    [InlineData("1h", AssetClass.Equity, GapRule.Session)]
    public void RuleFor_IntervalAndAssetClass_PicksTheRule(string interval, AssetClass? assetClass, GapRule expected) =>
        Assert.Equal(expected, SeriesGaps.RuleFor(BarInterval.Parse(interval), assetClass));
}
