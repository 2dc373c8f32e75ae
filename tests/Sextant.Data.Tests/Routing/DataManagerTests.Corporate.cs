using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Routing;
using Sextant.Data.Samples;
using Sextant.Data.Sources;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Routing;

public sealed partial class DataManagerTests
{
    private static readonly SeriesKey LeanAapl = RealData.Key("lean", "AAPL", "1d");

    private DataManager WithSamples(DataConfig config) => new(config, Store(), new SampleSource(RealData.Directory), null, _time, _log);

    [Fact]
    public async Task GetBarsAsync_EquityWithSplitAdjustment_ServesSplitAdjustedBarsAndKeepsTheStoreRaw()
    {
        var sut = WithSamples(Config() with { Adjustment = PriceAdjustment.Split });
        var range = RealData.Range("2014-06-01", "2014-06-15");

        var bars = await sut.GetBarsAsync(LeanAapl, range, default);

        // lean_AAPL_1d.csv closes 645.57 (2014-06-06) and 93.70 (2014-06-09); aapl.csv split factors 0.0357143 and 0.25.
        Assert.Equal(645.57 * 0.0357143, bars.Close[bars.LowerBound(RealData.Utc("2014-06-06T04:00Z"))], 12);
        Assert.Equal(93.70 * 0.25, bars.Close[bars.LowerBound(RealData.Utc("2014-06-09T04:00Z"))], 12);
        var stored = await sut.Store.GetBarsAsync(LeanAapl, range, default);
        Assert.Equal(645.57, stored.Close[stored.LowerBound(RealData.Utc("2014-06-06T04:00Z"))]);
    }

    [Fact]
    public async Task GetBarsAsync_AdjustmentRaw_ServesTheBarsAsTraded()
    {
        var sut = WithSamples(Config() with { Adjustment = PriceAdjustment.Raw });

        var bars = await sut.GetBarsAsync(LeanAapl, RealData.Range("2014-06-06", "2014-06-07"), default);

        Assert.Equal(645.57, Assert.Single(bars.Close.ToArray()));
    }

    [Fact]
    public async Task GetBarsAsync_CryptoWithAdjustmentAll_IsNeverAdjusted()
    {
        var sut = WithSamples(Config() with { Adjustment = PriceAdjustment.All });
        var range = RealData.Range("2023-04-01", "2023-04-02");

        Bars.Equal(RealData.BtcMinutes().Slice(range), await sut.GetBarsAsync(RealData.BtcMinute, range, default));
    }

    [Fact]
    public async Task GetBarsAsync_EquityWithoutFactorFile_ServesRawWithOneWarning()
    {
        var key = RealData.Key("alpaca", "MSFT", "1d");
        var msft = new BarSeriesBuilder(key);
        msft.Add(RealData.Utc("2021-01-04T05:00Z"), 222.53, 223, 214.81, 217.69, 37130100);
        var manager = new DataManager(Config(), Store(), new SampleSource(RealData.Directory), [new CountingSource("alpaca", msft.Build())], _time, _log);

        var first = await manager.GetBarsAsync(key, RealData.Range("2021-01-04", "2021-01-05"), default);
        await manager.GetBarsAsync(key, RealData.Range("2021-01-04", "2021-01-05"), default);

        Assert.Equal(217.69, Assert.Single(first.Close.ToArray()));
        Assert.Single(_log.Entries, e => e.EventId == 2009);
    }

    [Fact]
    public async Task LoadSamplesAsync_FirstUse_CopiesTheFactorAndMapFilesIntoTheStore()
    {
        var sut = WithSamples(Config());

        await sut.LoadSamplesAsync(default);

        Assert.Equal(13, sut.Store.CorporateActions.FactorSymbols().Count);
        Assert.Equal(
            await File.ReadAllTextAsync(RealData.File("lean_map_files/qqq.csv")),
            await File.ReadAllTextAsync(Path.Combine(sut.Store.CorporateActions.Root, "lean_map_files", "qqq.csv")));
    }

    [Fact]
    public async Task GetEventsAsync_StoreHasItsOwnFactorFile_TheStoreWinsOverTheSamples()
    {
        var sut = WithSamples(Config());
        var folder = Path.Combine(sut.Store.CorporateActions.Root, "lean_factor_files");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "aapl.csv"), "20200828,1,0.25,499.23\n20501231,1,1,0\n");

        var fromStore = await sut.GetEventsAsync(new Symbol("AAPL"), TimeRange.All, default);
        var fromSamples = await sut.GetEventsAsync(new Symbol("IBM"), TimeRange.All, default);

        var split = Assert.Single(fromStore);
        Assert.Equal((MarketEventKind.Split, 4m), (split.Kind, split.Value));
        Assert.Contains(fromSamples, e => e.Kind == MarketEventKind.Split && e.Value == 2m && e.Time == RealData.Utc("1999-05-27T04:00Z"));
    }

    [Fact]
    public async Task GetEventsAsync_MalformedStoreFile_IsLoggedAndTheSamplesAnswer()
    {
        var sut = WithSamples(Config());
        var folder = Path.Combine(sut.Store.CorporateActions.Root, "lean_factor_files");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "aapl.csv"), "20200828,1,zero,499.23\n");

        var events = await sut.GetEventsAsync(new Symbol("AAPL"), TimeRange.All, default);

        Assert.Equal(4, events.Count(e => e.Kind == MarketEventKind.Split));
        Assert.Contains(_log.Entries, e => e.EventId == 2008 && e.Message.Contains("local", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetFundamentalsAsync_NoSourceHoldsAny_IsEmpty() =>
        Assert.Empty(await WithSamples(Config()).GetFundamentalsAsync(new Symbol("AAPL"), TimeRange.All, default));
}
