using Microsoft.Extensions.Time.Testing;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Routing;
using Sextant.Data.Sources;
using Sextant.Data.Store;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Routing;

public sealed partial class DataManagerTests : IDisposable
{
    private static readonly SeriesKey UsBtc = RealData.Key("binanceus", "BTCUSDT", "1m");
    private readonly TempDir _dir = new();
    private readonly ListLogger _log = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _dir.Dispose();

    private static BarSeries UsBtcBars() => RealData.Load("binanceus_BTCUSDT_1m.csv.gz", UsBtc);

    private static DataConfig Config(bool writeBack = true, params string[] crypto) => new()
    {
        WriteBack = writeBack,
        Sources = new Dictionary<string, DataSourceConfig>
        {
            ["binanceus"] = new() { Type = DataSourceType.Binanceus },
            ["alpaca"] = new() { Type = DataSourceType.Alpaca },
        },
        Routes =
        [
            new DataRouteConfig { AssetClass = AssetClass.Crypto, Sources = crypto.Length == 0 ? ["local", "binanceus"] : crypto },
            new DataRouteConfig { AssetClass = AssetClass.Equity, Sources = ["local", "alpaca"] },
        ],
    };

    private LocalFileSource Store() => new(new LocalStoreOptions { Root = _dir.Sub("store"), ArchiveRoot = _dir.Sub("archive"), ArchiveLevel = CompressionEffort.Optimal });

    private DataManager Manager(DataConfig config, params IDataSource[] remotes) => new(config, Store(), null, remotes, _time, _log);

    [Fact]
    public async Task GetBarsAsync_RangeHalfInStore_FetchesOnlyTheOtherHalfWritesItBackAndTheRepeatMakesNoRequest()
    {
        var all = UsBtcBars();
        var half = RealData.Utc("2023-03-11");
        await Store().WriteBarsAsync(all.Slice(new TimeRange(all.Times[0], half)), new TimeRange(all.Times[0], half), default);
        var remote = new CountingSource("binanceus", all);
        var sut = Manager(Config(), remote);
        var range = RealData.Range("2023-03-01", "2023-03-22");

        var first = await sut.GetBarsAsync(UsBtc, range, default);

        Bars.Equal(all, first);
        Assert.Equal([(UsBtc, new TimeRange(half, RealData.Utc("2023-03-22")))], remote.Requests);
        Assert.Equal([range], await sut.Store.GetCoverageAsync(UsBtc, default));

        var second = await Manager(Config(), remote).GetBarsAsync(UsBtc, range, default);

        Bars.Equal(all, second);
        Assert.Single(remote.Requests);
    }

    [Fact]
    public async Task GetBarsAsync_FirstRemoteFails_FallsBackToTheNextWithAWarning()
    {
        var flaky = new CountingSource("flaky", failure: new HttpRequestException("503 Service Unavailable"));
        var backup = new CountingSource("backup", UsBtcBars());
        var sut = Manager(Config(true, "local", "flaky", "backup"), flaky, backup);
        var range = RealData.Range("2023-03-10", "2023-03-11");

        var bars = await sut.GetBarsAsync(UsBtc, range, default);

        Assert.Equal(1440, bars.Count);
        Assert.Single(flaky.Requests);
        Assert.Single(backup.Requests);
        Assert.Contains(_log.Entries, e => e.EventId == 2003 && e.Message.Contains("flaky", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetBarsAsync_EverySourceFails_ThrowsNamingTheSeriesAndSources()
    {
        var down = new CountingSource("binanceus", failure: new HttpRequestException("connection refused"));
        var sut = Manager(Config(), down);

        var ex = await Assert.ThrowsAsync<DataException>(() => sut.GetBarsAsync(UsBtc, RealData.Range("2023-03-10", "2023-03-11"), default));

        Assert.Contains("binanceus/BTCUSDT/1m", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tried local, samples, binanceus", ex.Message, StringComparison.Ordinal);
        Assert.Contains("connection refused", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBarsAsync_WriteBackOff_AsksTheRemoteEveryTime()
    {
        var remote = new CountingSource("binanceus", UsBtcBars());
        var sut = Manager(Config(writeBack: false), remote);
        var range = RealData.Range("2023-03-10", "2023-03-11");

        await sut.GetBarsAsync(UsBtc, range, default);
        await sut.GetBarsAsync(UsBtc, range, default);

        Assert.Equal(2, remote.Requests.Count);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task GetBarsAsync_RangeIntoTheFuture_FetchesUpToTheCurrentBarAndRecordsOnlyThat()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 3, 10, 12, 30, 20, TimeSpan.Zero)); // the 12:30 bar is still forming
        var remote = new CountingSource("binanceus", UsBtcBars());
        var sut = new DataManager(Config(), Store(), null, [remote], clock, _log);

        var bars = await sut.GetBarsAsync(UsBtc, RealData.Range("2023-03-10T12:00", "2023-03-10T14:00"), default);

        Assert.Equal(30, bars.Count);
        Assert.Equal(RealData.Utc("2023-03-10T12:30"), remote.Requests.Single().Range.End);
        Assert.Equal([RealData.Range("2023-03-10T12:00", "2023-03-10T12:30")], await sut.Store.GetCoverageAsync(UsBtc, default));
    }
}
