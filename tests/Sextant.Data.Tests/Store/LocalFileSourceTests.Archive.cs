using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Data.Store;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Store;

public sealed partial class LocalFileSourceTests
{
    [Fact]
    public async Task ArchiveAsync_BeforeApril_MovesMarchOnlyAndReadsAreUnchanged()
    {
        var bars = RealData.BtcMinutes();
        var sut = Store(CompressionEffort.Optimal);
        await sut.WriteBarsAsync(bars, Span(bars), default);

        var moved = await sut.ArchiveAsync(RealData.Utc("2023-04-15"), default);

        var single = Assert.Single(moved);
        Assert.Equal(("2023-03", bars.Key), (single.Period, single.Key));
        var series = Path.Combine("venue=binance", "symbol=BTCUSDT", "interval=1m");
        Assert.False(File.Exists(Path.Combine(_dir.Sub("store"), series, "2023-03.parquet")));
        Assert.True(File.Exists(Path.Combine(_dir.Sub("archive"), series, "2023-03.parquet")));
        Bars.Equal(bars, await sut.GetBarsAsync(bars.Key, TimeRange.All, default));
        var range = RealData.Range("2023-03-31T23:00", "2023-04-01T01:00");
        Bars.Equal(bars.Slice(range), await sut.GetBarsAsync(bars.Key, range, default));
        var tiers = (await sut.ListAsync(default)).Select(s => (s.Tier, s.Partitions)).ToList();
        Assert.Equal([(StoreTier.Hot, 2), (StoreTier.Archive, 1)], tiers);
    }

    [Fact]
    public async Task WriteBarsAsync_IntoArchivedPeriod_MergesInTheArchive()
    {
        var bars = RealData.BtcMinutes().Slice(RealData.Range("2023-03-20", "2023-03-22"));
        var sut = Store(CompressionEffort.Optimal);
        await sut.WriteBarsAsync(bars, Span(bars), default);
        await sut.ArchiveAsync(RealData.Utc("2023-05-01"), default);

        var update = Bars.WithClose(bars.Slice(RealData.Range("2023-03-21", "2023-03-21T01:00")), 2.5);
        await sut.WriteBarsAsync(update, Span(update), default);

        var read = await sut.GetBarsAsync(bars.Key, TimeRange.All, default);
        Assert.Equal(bars.Count, read.Count);
        Assert.Equal(60, read.Close.ToArray().Count(c => c == 2.5));
        Assert.Empty(Directory.GetFiles(_dir.Sub("store"), "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ArchiveAsync_DailyBars_UsesYearPartitionsAndSmallestLevel()
    {
        var key = RealData.Key("lean", "SPY", "1d");
        var bars = RealData.Load("lean_SPY_1d.csv", key);
        var sut = Store();
        await sut.WriteBarsAsync(bars, Span(bars), default);

        var moved = await sut.ArchiveAsync(RealData.Utc("2010-01-01"), default);

        Assert.Equal(Enumerable.Range(1998, 12).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), moved.Select(m => m.Period));
        Assert.All(moved, m => Assert.True(m.BytesAfter <= m.BytesBefore + 64, $"{m.Period}: {m.BytesBefore} -> {m.BytesAfter}"));
        Bars.Equal(bars, await sut.GetBarsAsync(key, TimeRange.All, default));
    }
}
