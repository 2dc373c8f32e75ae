using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Routing;
using Sextant.Data.Samples;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Routing;

public sealed partial class DataManagerTests
{
    [Theory]
    [InlineData("binanceus", "BTCUSDT", null, "local,samples,binanceus")]
    [InlineData("binance", "BTCUSDT", null, "local,samples")]
    [InlineData("alpaca", "SPY", null, "local,samples,alpaca")]
    [InlineData("lean", "SPY", null, "local,samples")]
    [InlineData("somewhere", "SPY", null, "local,samples")]
    [InlineData("somewhere", "SPY", AssetClass.Equity, "local,samples")]
    public void SourcesFor_VenueAndAssetClass_FollowsTheRoutesAndSourceVenues(string venue, string symbol, AssetClass? assetClass, string expected)
    {
        var sut = Manager(Config());

        Assert.Equal(expected, string.Join(",", sut.SourcesFor(RealData.Key(venue, symbol, "1m"), assetClass)));
    }

    [Fact]
    public void SourcesFor_RouteBySymbol_WinsWhenItComesFirst()
    {
        var config = Config() with
        {
            Routes = [new Config.Schema.DataRouteConfig { Symbols = [new Symbol("ETHUSDT")], Sources = ["local", "extra"] }, .. Config().Routes],
        };
        var sut = Manager(config);

        Assert.Equal(["local", "samples", "extra"], sut.SourcesFor(RealData.Key("binanceus", "ETHUSDT", "1m")));
        Assert.Equal(["local", "samples", "binanceus"], sut.SourcesFor(RealData.Key("binanceus", "BTCUSDT", "1m")));
    }

    [Fact]
    public async Task GetBarsAsync_EmptyStoreWithSamples_ServesTheSampleAndWritesItToTheStore()
    {
        var remote = new CountingSource("binanceus");
        var sut = new DataManager(Config(), Store(), new SampleSource(RealData.Directory), [remote], _time, _log);
        var range = RealData.Range("2023-04-01", "2023-04-02");

        var bars = await sut.GetBarsAsync(RealData.BtcMinute, range, default);

        Bars.Equal(RealData.BtcMinutes().Slice(range), bars);
        Assert.Empty(remote.Requests);
        Bars.Equal(bars, await Manager(Config()).GetBarsAsync(RealData.BtcMinute, range, default));
    }

    [Fact]
    public async Task GetBarsAsync_SampleCoversPartOfTheRange_AsksTheRemoteOnlyForTheRest()
    {
        var samplesDir = _dir.Sub("samples");
        Directory.CreateDirectory(samplesDir);
        File.Copy(RealData.File("binanceus_BTCUSDT_1m.csv.gz"), Path.Combine(samplesDir, "binanceus_BTCUSDT_1m.csv.gz"));
        var remote = new CountingSource("binanceus");
        var sut = new DataManager(Config(), Store(), new SampleSource(samplesDir), [remote], _time, _log);

        var bars = await sut.GetBarsAsync(UsBtc, RealData.Range("2023-03-20", "2023-03-23"), default);

        Assert.Equal(2 * 1440, bars.Count);
        Assert.Equal([RealData.Range("2023-03-22", "2023-03-23")], remote.Requests.Select(r => r.Range));
    }

    [Fact]
    public async Task GetBarsAsync_CorruptStorePartition_FallsBackToTheRemoteWithAWarning()
    {
        var all = UsBtcBars();
        await Store().WriteBarsAsync(all, new TimeRange(all.Times[0], all.Times[^1] + TimeSpan.FromMinutes(1)), default);
        var file = Directory.GetFiles(_dir.Sub("store"), "2023-03.parquet", SearchOption.AllDirectories).Single();
        await File.WriteAllBytesAsync(file, (await File.ReadAllBytesAsync(file))[..1000]);
        var remote = new CountingSource("binanceus", all);
        var sut = Manager(Config(), remote);

        var bars = await sut.GetBarsAsync(UsBtc, RealData.Range("2023-03-10", "2023-03-11"), default);

        Assert.Equal(1440, bars.Count);
        Assert.Single(remote.Requests);
        Assert.Contains(_log.Entries, e => e.EventId == 2003 && e.Message.Contains("local", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadSamplesAsync_FreshStore_LoadsEachSampleOnceThenNothing()
    {
        var samplesDir = _dir.Sub("samples");
        Directory.CreateDirectory(samplesDir);
        foreach (var name in new[] { "lean_GOOG_1d.csv", "lean_GOOGL_1d.csv" })
        {
            File.Copy(RealData.File(name), Path.Combine(samplesDir, name));
        }

        var sut = new DataManager(Config(), Store(), new SampleSource(samplesDir), [], _time, _log);

        Assert.Equal(["lean/GOOG/1d", "lean/GOOGL/1d"], await sut.LoadSamplesAsync(default));
        Assert.Empty(await sut.LoadSamplesAsync(default));
        Assert.Equal(4183, (await sut.Store.GetBarsAsync(RealData.Key("lean", "GOOGL", "1d"), TimeRange.All, default)).Count);
    }

    [Fact]
    public async Task Create_DefaultConfigOnTheRepository_ServesBundledBtcAndEthMinutes()
    {
        var config = new Config.Schema.SextantConfig { Data = new() { Store = _dir.Sub("store"), Archive = _dir.Sub("archive") } };
        var sut = DataManager.Create(config, Path.GetDirectoryName(Path.GetDirectoryName(RealData.Directory))!, [], _log, _time);

        var btc = await sut.GetBarsAsync(RealData.BtcMinute, TimeRange.All, default);
        var eth = await sut.GetBarsAsync(RealData.Key("binance", "ETHUSDT", "1m"), TimeRange.All, default);

        Assert.Equal((66087, 66087), (btc.Count, eth.Count));
    }
}
