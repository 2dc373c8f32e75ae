using Sextant.Core.Bars;
using Sextant.Data.Sources;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Store;

public sealed partial class LocalFileSourceTests
{
    [Fact]
    public async Task WriteBarsAsync_FailureBeforeCommit_LeavesOldFileIntactAndNoTempFile()
    {
        var bars = RealData.BtcMinutes().Slice(RealData.Range("2023-04-10", "2023-04-11"));
        var sut = Store();
        await sut.WriteBarsAsync(bars, Span(bars), default);
        var file = Path.Combine(_dir.Sub("store"), "venue=binance", "symbol=BTCUSDT", "interval=1m", "2023-04.parquet");
        var before = await File.ReadAllBytesAsync(file);
        sut.BeforeCommit = _ => throw new IOException("disk full (simulated)");

        var update = Bars.WithClose(bars, 1.0);
        await Assert.ThrowsAsync<IOException>(() => sut.WriteBarsAsync(update, Span(update), default));

        Assert.Equal(before, await File.ReadAllBytesAsync(file));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.tmp", SearchOption.AllDirectories));
        sut.BeforeCommit = null;
        Bars.Equal(bars, await sut.GetBarsAsync(bars.Key, TimeRange.All, default));
    }

    [Fact]
    public async Task GetBarsAsync_TruncatedPartition_ThrowsNamingPathAndPartitionWhileOthersStayReadable()
    {
        var btc = RealData.BtcMinutes();
        var eth = RealData.Load("binance_ETHUSDT_1m.csv.gz", RealData.Key("binance", "ETHUSDT", "1m"));
        var sut = Store();
        await sut.WriteBarsAsync(btc, Span(btc), default);
        await sut.WriteBarsAsync(eth, Span(eth), default);
        var april = Path.Combine(_dir.Sub("store"), "venue=binance", "symbol=BTCUSDT", "interval=1m", "2023-04.parquet");
        await using (var f = new FileStream(april, FileMode.Open))
        {
            f.SetLength(f.Length / 2);
        }

        var ex = await Assert.ThrowsAsync<DataException>(() => sut.GetBarsAsync(btc.Key, RealData.Range("2023-04-10", "2023-04-11"), default));

        Assert.Equal(april, ex.Path);
        Assert.Equal("binance/BTCUSDT/1m/2023-04", ex.Partition);
        Assert.Contains(april, ex.Message, StringComparison.Ordinal);
        var march = RealData.Range("2023-03-17", "2023-03-18");
        Bars.Equal(btc.Slice(march), await sut.GetBarsAsync(btc.Key, march, default));
        Bars.Equal(eth, await sut.GetBarsAsync(eth.Key, TimeRange.All, default));
        var listed = await sut.ListAsync(default);
        var series = listed.Single(s => s.Key == btc.Key);
        Assert.Contains("2023-04 unreadable", series.Problem, StringComparison.Ordinal);
        Assert.Equal(1, series.Gaps); // the March halt; the unreadable April is unknown, not a month-long gap

    }

    [Fact]
    public async Task GetBarsAsync_GarbageFile_ThrowsDataException()
    {
        var sut = Store();
        var dir = Path.Combine(_dir.Sub("store"), "venue=binance", "symbol=BTCUSDT", "interval=1m");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "2023-04.parquet"), "timestamp,open\n1,2\n");

        var ex = await Assert.ThrowsAsync<DataException>(() => sut.GetBarsAsync(RealData.BtcMinute, TimeRange.All, default));

        Assert.Equal("binance/BTCUSDT/1m/2023-04", ex.Partition);
    }
}
