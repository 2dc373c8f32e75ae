using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Calendar;
using Sextant.Data.Corporate;
using Sextant.Data.Sources;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Corporate;

/// <summary>
/// Events derived from the bundled Lean factor and map files (data/samples/lean_factor_files, lean_map_files), checked against the
/// public record: AAPL split 2-for-1 on 2000-06-21 and 2005-02-28, 7-for-1 on 2014-06-09, 4-for-1 on 2020-08-31, and paid $2.65
/// (ex 2012-08-09), $0.82 (ex 2020-08-07) and $0.205 (ex 2021-02-05); USO did a 1-for-8 reverse split on 2020-04-29; GOOGL was
/// GOOG until the class C distribution of 2014-04-03 (a 2-for-1 split of the old shares); QQQ traded as QQQQ from 2004-12-01 to 2011-03-22.
/// </summary>
public sealed class CorporateEventsTests
{
    private static readonly CorporateActionsFolder Samples = new(RealData.Directory);

    private static List<MarketEvent> Events(string ticker, MarketEventKind kind) =>
        Samples.GetEvents(new Symbol(ticker), TimeRange.All).Where(e => e.Kind == kind).ToList();

    private static (string Date, decimal? Value) Row(MarketEvent e) => (UsEquityCalendar.DateOf(e.Time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Value);

    [Fact]
    public void Derive_AaplFactorFile_GivesTheFourKnownSplits()
    {
        var splits = Events("AAPL", MarketEventKind.Split).Select(Row).ToList();

        Assert.Equal([("2000-06-21", 2m), ("2005-02-28", 2m), ("2014-06-09", 7m), ("2020-08-31", 4m)], splits);
    }

    [Fact]
    public void Derive_AaplSplitOf2014_IsAtMidnightNewYorkOfTheExDate()
    {
        var split = Events("AAPL", MarketEventKind.Split)[2];

        Assert.Equal(RealData.Utc("2014-06-09T04:00:00Z"), split.Time);
        Assert.Equal(new Symbol("AAPL"), split.Symbol);
    }

    [Theory]
    [InlineData("2012-08-09", "2.65")]
    [InlineData("2020-08-07", "0.82")]
    [InlineData("2021-02-05", "0.205")]
    public void Derive_AaplDividends_MatchTheDeclaredAmounts(string exDate, string amount)
    {
        var dividends = Events("AAPL", MarketEventKind.Dividend).Select(Row).ToList();

        Assert.Contains((exDate, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)), dividends);
        Assert.Equal(35, dividends.Count); // quarterly, 2012-08 to 2021-02
    }

    [Fact]
    public void Derive_UsoReverseSplit_IsBelowOne() =>
        Assert.Equal([("2020-04-29", 0.125m)], Events("USO", MarketEventKind.Split).Select(Row).ToList());

    [Fact]
    public void Derive_MapFiles_GiveTheTickerChanges()
    {
        var googl = Assert.Single(Events("GOOGL", MarketEventKind.Listing));
        var qqq = Events("QQQ", MarketEventKind.Listing);

        Assert.Equal(("2014-04-03", "ticker GOOG -> GOOGL"), (Row(googl).Date, googl.Text));
        Assert.Equal([("2004-12-01", "ticker QQQ -> QQQQ"), ("2011-03-23", "ticker QQQQ -> QQQ")], qqq.Select(e => (Row(e).Date, e.Text)).ToList());
        Assert.Equal([("2014-04-03", 2m)], Events("GOOGL", MarketEventKind.Split).Select(Row).ToList());
    }

    [Fact]
    public void Derive_EverySplitOfTheBundledFiles_ReferencePriceIsTheRawCloseOfTheDayBefore()
    {
        foreach (var ticker in new[] { "AAPL", "IBM", "QQQ", "USO", "BNO" })
        {
            var factors = Samples.GetFactorFile(new Symbol(ticker))!;
            var bars = RealData.Load($"lean_{ticker}_1d.csv", RealData.Key("lean", ticker, "1d"));
            var closes = new Dictionary<DateOnly, double>();
            for (var i = 0; i < bars.Count; i++)
            {
                closes[UsEquityCalendar.DateOf(bars.Times[i])] = bars.Close[i];
            }

            for (var i = 0; i + 1 < factors.Rows.Count; i++)
            {
                var row = factors.Rows[i];
                if (row.SplitFactor != factors.Rows[i + 1].SplitFactor && closes.TryGetValue(row.Date, out var close))
                {
                    Assert.Equal((double)row.ReferencePrice, close, 6);
                }
            }
        }
    }

    [Fact]
    public void GetEvents_Range_KeepsOnlyEventsInside()
    {
        var events = Samples.GetEvents(new Symbol("AAPL"), RealData.Range("2020-08-01", "2020-09-01"));

        Assert.Equal([MarketEventKind.Dividend, MarketEventKind.Split], events.Select(e => e.Kind).ToList());
    }

    [Fact]
    public void GetEvents_TickerWithoutFiles_IsEmpty() => Assert.Empty(Samples.GetEvents(new Symbol("BTCUSDT"), TimeRange.All));
}
