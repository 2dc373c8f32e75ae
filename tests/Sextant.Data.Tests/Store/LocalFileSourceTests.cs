using Parquet;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Data.Sources;
using Sextant.Data.Store;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Store;

public sealed partial class LocalFileSourceTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private LocalFileSource Store(CompressionEffort archiveLevel = CompressionEffort.Smallest) => new(new LocalStoreOptions
    {
        Root = _dir.Sub("store"),
        ArchiveRoot = _dir.Sub("archive"),
        ArchiveLevel = archiveLevel,
    });

    private static TimeRange Span(BarSeries bars) => new(bars.Times[0], bars.Times[^1] + bars.Key.Interval.Duration);

    [Fact]
    public async Task WriteBarsAsync_RealBtcMinutes_RoundTripsExactlyInMonthlyPartitions()
    {
        var bars = RealData.BtcMinutes();
        var sut = Store();

        await sut.WriteBarsAsync(bars, Span(bars), default);
        var read = await sut.GetBarsAsync(bars.Key, TimeRange.All, default);

        Bars.Equal(bars, read);
        var dir = Path.Combine(_dir.Sub("store"), "venue=binance", "symbol=BTCUSDT", "interval=1m");
        Assert.Equal(["2023-03.parquet", "2023-04.parquet", "2023-05.parquet"], Directory.GetFiles(dir, "*.parquet").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public async Task WriteBarsAsync_Partition_HasUtcMillisecondTimestampsZstdAndSchemaVersion()
    {
        var bars = RealData.BtcMinutes().Slice(RealData.Range("2023-04-01", "2023-04-02"));
        var sut = Store();

        await sut.WriteBarsAsync(bars, Span(bars), default);

        var file = Path.Combine(_dir.Sub("store"), "venue=binance", "symbol=BTCUSDT", "interval=1m", "2023-04.parquet");
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal("1", reader.CustomMetadata["sextant.schema_version"]);
        Assert.Equal("binance/BTCUSDT/1m/2023-04", reader.CustomMetadata["sextant.partition"]);
        var ts = Assert.IsType<Parquet.Schema.DateTimeDataField>(reader.Schema.DataFields[0]);
        Assert.True(ts.IsAdjustedToUTC);
        Assert.Equal(Parquet.Schema.DateTimeTimeUnit.Millis, ts.Unit);
        Assert.Equal(Parquet.Meta.CompressionCodec.ZSTD, reader.Metadata!.RowGroups[0].Columns[1].MetaData!.Codec);
    }

    [Fact]
    public async Task WriteBarsAsync_DuplicateTimestamps_NewBarReplacesStoredOthersKept()
    {
        var bars = RealData.BtcMinutes().Slice(RealData.Range("2023-04-10", "2023-04-11"));
        var sut = Store();
        await sut.WriteBarsAsync(bars, Span(bars), default);
        var update = Bars.WithClose(bars.Slice(RealData.Range("2023-04-10T06:00", "2023-04-10T07:00")), 12345.5);

        await sut.WriteBarsAsync(update, Span(update), default);
        var read = await sut.GetBarsAsync(bars.Key, TimeRange.All, default);

        Assert.Equal(bars.Count, read.Count);
        Assert.True(bars.Times.SequenceEqual(read.Times));
        var i = read.LowerBound(RealData.Utc("2023-04-10T06:30"));
        Assert.Equal(12345.5, read.Close[i]);
        Assert.Equal(bars.Close[i + 400], read.Close[i + 400]);
        Assert.Equal(60, read.Close.ToArray().Count(c => c == 12345.5));
    }

    [Fact]
    public async Task WriteBarsAsync_LaterThenEarlierChunks_SortsAndKeepsTheGap()
    {
        var all = RealData.BtcMinutes();
        var early = all.Slice(RealData.Range("2023-03-20", "2023-03-21"));
        var late = all.Slice(RealData.Range("2023-04-05", "2023-04-06"));
        var sut = Store();

        await sut.WriteBarsAsync(late, Span(late), default);
        await sut.WriteBarsAsync(early, Span(early), default);
        var read = await sut.GetBarsAsync(all.Key, TimeRange.All, default);

        Assert.Equal(early.Count + late.Count, read.Count);
        Assert.Equal(early.Times[^1], read.Times[early.Count - 1]);
        Assert.Equal(late.Times[0], read.Times[early.Count]);
        Assert.Equal([Span(early), Span(late)], await sut.GetCoverageAsync(all.Key, default));
    }

    [Fact]
    public async Task WriteBarsAsync_RealHaltGap_StaysAGapButIsCovered()
    {
        // Binance halted spot trading on 2023-03-24 from 12:40 to 13:59 UTC: the sample has no bars there.
        var day = RealData.BtcMinutes().Slice(RealData.Range("2023-03-24", "2023-03-25"));
        var sut = Store();

        await sut.WriteBarsAsync(day, RealData.Range("2023-03-24", "2023-03-25"), default);
        var halt = await sut.GetBarsAsync(day.Key, RealData.Range("2023-03-24T12:40", "2023-03-24T14:00"), default);

        Assert.Equal(0, halt.Count);
        Assert.Equal([RealData.Range("2023-03-24", "2023-03-25")], await sut.GetCoverageAsync(day.Key, default));
    }

    [Fact]
    public async Task GetBarsAsync_RangeInsideAndAcrossPartitions_ReturnsExactlyTheRange()
    {
        var bars = RealData.BtcMinutes();
        var sut = Store();
        await sut.WriteBarsAsync(bars, Span(bars), default);
        var range = RealData.Range("2023-03-31T23:00", "2023-04-01T01:00");

        var read = await sut.GetBarsAsync(bars.Key, range, default);

        Bars.Equal(bars.Slice(range), read);
        Assert.Equal(120, read.Count);
    }

    [Fact]
    public async Task GetBarsAsync_UnknownSeries_ReturnsEmpty()
    {
        var read = await Store().GetBarsAsync(RealData.Key("binance", "NOPEUSDT", "1m"), TimeRange.All, default);

        Assert.Equal(0, read.Count);
    }
}
