using Sextant.Core.Bars;
using Sextant.Data.Samples;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Samples;

public sealed class SampleSourceTests
{
    [Theory]
    [InlineData("binance_BTCUSDT_1m.csv.gz", "binance/BTCUSDT/1m")]
    [InlineData("lean_GOOG_1d.csv", "lean/GOOG/1d")]
    [InlineData("bybit_linear_ETHUSDT_5m.csv.gz", "bybit_linear/ETHUSDT/5m")]
    public void TryParse_SampleName_GivesTheSeries(string name, string key)
    {
        Assert.True(SampleFile.TryParse(name, out var file));
        Assert.Equal(key, file.Key.ToString());
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("BTCUSDT_1m.csv")]
    [InlineData("binance_BTCUSDT_7x.csv")]
    public void TryParse_OtherNames_AreIgnored(string name) => Assert.False(SampleFile.TryParse(name, out _));

    [Fact]
    public void Constructor_RepositorySamples_IndexesEveryBundledFile()
    {
        var sut = new SampleSource(RealData.Directory);

        // data/samples/README.md: 13 + 3 Binance and Binance.US minute files, 16 crypto daily, 13 Lean daily, 5 hourly, 6 minute.
        Assert.Equal(56, sut.Files.Count);
        Assert.True(sut.Has(RealData.BtcMinute));
        Assert.True(sut.Has(RealData.Key("lean", "GOOGL", "1d")));
        Assert.True(sut.Has(RealData.Key("lean", "SPY", "1h")));
        Assert.True(sut.Has(RealData.Key("lean", "AAPL", "1m")));
    }

    [Fact]
    public async Task GetBarsAsync_RangeOfBtcMinutes_ServesTheSliceAndItsAvailability()
    {
        var sut = new SampleSource(RealData.Directory);
        var range = RealData.Range("2023-04-01", "2023-04-02");

        var bars = await sut.GetBarsAsync(RealData.BtcMinute, range, default);

        Bars.Equal(RealData.BtcMinutes().Slice(range), bars);
        Assert.Equal(RealData.Range("2023-03-16T22:15", "2023-05-01T21:02"), await sut.GetAvailableRangeAsync(RealData.BtcMinute, default));
    }

    [Fact]
    public async Task GetBarsAsync_SeriesWithoutSample_IsEmpty()
    {
        var sut = new SampleSource(RealData.Directory);

        Assert.Equal(0, (await sut.GetBarsAsync(RealData.Key("binance", "BTCUSDT", "1h"), TimeRange.All, default)).Count);
    }
}
