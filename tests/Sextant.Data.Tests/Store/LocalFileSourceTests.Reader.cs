using System.Runtime.InteropServices;
using Parquet;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Data.Store;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Store;

/// <summary>The direct page decoder of the read path, checked byte for byte against Parquet.Net's own reader on real bars.</summary>
public sealed partial class LocalFileSourceTests
{
    private string Partition(string venue, string symbol, string interval, string period) =>
        Path.Combine(_dir.Sub("store"), $"venue={venue}", $"symbol={symbol}", $"interval={interval}", period + ".parquet");

    /// <summary>Reads a partition with Parquet.Net's column API only (the reference, independent of the decoder under test).</summary>
    private static async Task<(long[] Millis, double[][] Prices)> ReferenceAsync(string file)
    {
        await using var reader = await ParquetReader.CreateAsync(file);
        var fields = reader.Schema.DataFields;
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        var dates = new DateTime[n];
        await group.ReadAsync<DateTime>(fields[0], dates.AsMemory(), null, default);
        var prices = new double[5][];
        for (var c = 0; c < 5; c++)
        {
            prices[c] = new double[n];
            await group.ReadAsync<double>(fields[c + 1], prices[c].AsMemory(), null, default);
        }

        return (dates.Select(d => (d.Ticks - DateTime.UnixEpoch.Ticks) / 10_000).ToArray(), prices);
    }

    private static void SameBytes<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual)
        where T : unmanaged => Assert.True(MemoryMarshal.AsBytes(expected).SequenceEqual(MemoryMarshal.AsBytes(actual)), "bytes differ");

    [Theory]
    [InlineData("binance_BTCUSDT_1m.csv.gz", "binance", "BTCUSDT", "1m", "2023-04")]
    [InlineData("lean_SPY_1h.csv.gz", "lean", "SPY", "1h", "2008")]
    [InlineData("binanceus_BTCUSDC_1m.csv.gz", "binanceus", "BTCUSDC", "1m", "2023-03")]
    public async Task GetBarsAsync_DirectDecode_IsByteIdenticalToParquetNet(string sample, string venue, string symbol, string interval, string period)
    {
        var bars = RealData.Load(sample, RealData.Key(venue, symbol, interval));
        var sut = Store();
        await sut.WriteBarsAsync(bars, Span(bars), default);
        var file = Partition(venue, symbol, interval, period);
        var (millis, prices) = await ReferenceAsync(file);

        await using var reader = await PartitionReader.OpenAsync(file, "p", default);
        var read = await ParquetBarFile.ReadAsync(file, bars.Key, "p", default);
        var all = await sut.GetBarsAsync(bars.Key, TimeRange.All, default);

        Assert.True(reader.Direct);
        SameBytes<long>(millis.Select(ms => ms * 1_000_000).ToArray(), MemoryMarshal.Cast<UnixNanos, long>(read.Times));
        SameBytes<double>(prices[0], read.Open);
        SameBytes<double>(prices[1], read.High);
        SameBytes<double>(prices[2], read.Low);
        SameBytes<double>(prices[3], read.Close);
        SameBytes<double>(prices[4], read.Volume);
        SameBytes(bars.Times, all.Times);
        SameBytes(bars.Close, all.Close);
        SameBytes(bars.Volume, all.Volume);
    }

    [Theory]
    [InlineData(Compression.Snappy, false)]
    [InlineData(Compression.Gzip, false)]
    [InlineData(Compression.None, true)]
    public async Task GetBarsAsync_OtherCodecs_RoundTripThroughTheMatchingPath(Compression codec, bool direct)
    {
        var bars = RealData.BtcMinutes();
        var sut = new LocalFileSource(new LocalStoreOptions { Root = _dir.Sub("store"), ArchiveRoot = _dir.Sub("archive"), Compression = codec });
        await sut.WriteBarsAsync(bars, Span(bars), default);

        await using var reader = await PartitionReader.OpenAsync(Partition("binance", "BTCUSDT", "1m", "2023-04"), "p", default);

        Assert.Equal(direct, reader.Direct);
        Bars.Equal(bars, await sut.GetBarsAsync(bars.Key, TimeRange.All, default));
    }

    [Fact]
    public async Task GetBarsAsync_CorruptPageInsideAColumn_ThrowsNamingPathAndPartitionWhileOthersStayReadable()
    {
        var btc = RealData.BtcMinutes();
        var sut = Store();
        await sut.WriteBarsAsync(btc, Span(btc), default);
        var april = Partition("binance", "BTCUSDT", "1m", "2023-04");
        long closeChunk;
        await using (var reader = await ParquetReader.CreateAsync(april))
        {
            closeChunk = reader.Metadata!.RowGroups[0].Columns[4].MetaData!.DataPageOffset;
        }

        var bytes = await File.ReadAllBytesAsync(april);
        var frame = bytes.AsSpan((int)closeChunk).IndexOf([(byte)0x28, (byte)0xB5, (byte)0x2F, (byte)0xFD]) + (int)closeChunk;
        bytes.AsSpan(frame, 8).Fill(0xEE); // the zstd frame's magic number and header
        await File.WriteAllBytesAsync(april, bytes);

        var ex = await Assert.ThrowsAsync<DataException>(() => sut.GetBarsAsync(btc.Key, TimeRange.All, default));

        Assert.Equal(april, ex.Path);
        Assert.Equal("binance/BTCUSDT/1m/2023-04", ex.Partition);
        var march = RealData.Range("2023-03-16", "2023-04-01");
        Bars.Equal(btc.Slice(march), await sut.GetBarsAsync(btc.Key, march, default));
    }

    [Fact]
    public async Task GetBarsAsync_PeriodInBothTiersAndRangeCuts_MergesAndSlicesAroundTheDirectParts()
    {
        var btc = RealData.BtcMinutes();
        var sut = Store(CompressionEffort.Optimal);
        await sut.WriteBarsAsync(btc, Span(btc), default);
        await sut.ArchiveAsync(RealData.Utc("2023-05-01"), default);
        var newer = Bars.WithClose(btc.Slice(RealData.Range("2023-04-10", "2023-04-11")), 30000);
        var other = new LocalFileSource(new LocalStoreOptions { Root = _dir.Sub("other"), ArchiveRoot = _dir.Sub("other-archive") });
        await other.WriteBarsAsync(newer, Span(newer), default);
        var hot = Partition("binance", "BTCUSDT", "1m", "2023-04");
        Directory.CreateDirectory(Path.GetDirectoryName(hot)!);
        File.Copy(hot.Replace(_dir.Sub("store"), _dir.Sub("other"), StringComparison.Ordinal), hot); // April now in both tiers, as after an interrupted archive run
        var range = RealData.Range("2023-03-20T10:00", "2023-05-01T12:00");

        var read = await sut.GetBarsAsync(btc.Key, range, default);

        var expected = btc.Slice(range);
        Assert.Equal(expected.Count, read.Count);
        SameBytes(expected.Times, read.Times);
        Assert.Equal(30000, read.Close[read.LowerBound(RealData.Utc("2023-04-10T12:00"))]);
    }

    [Fact]
    public async Task GetBarsAsync_SystemLibzstdAndManagedZstdSharp_DecodeTheSameBytes()
    {
        var bars = RealData.BtcMinutes();
        var sut = Store();
        await sut.WriteBarsAsync(bars, Span(bars), default);

        var native = await sut.GetBarsAsync(bars.Key, TimeRange.All, default);
        BarSeries managed;
        ZstdDecoder.ManagedOnly = true;
        try
        {
            managed = await sut.GetBarsAsync(bars.Key, TimeRange.All, default);
        }
        finally
        {
            ZstdDecoder.ManagedOnly = false;
        }

        SameBytes(native.Open, managed.Open);
        SameBytes(native.High, managed.High);
        SameBytes(native.Low, managed.Low);
        SameBytes(native.Close, managed.Close);
        SameBytes(native.Volume, managed.Volume);

        SameBytes(native.Times, managed.Times);
        SameBytes(bars.Close, managed.Close);
    }

    [Fact]
    public void Decompress_CorruptFrame_ReturnsMinusOneInBothDecoders()
    {
        var garbage = new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x02 };
        var target = new byte[64];

        var first = ZstdDecoder.Decompress(garbage, target);
        ZstdDecoder.ManagedOnly = true;
        try
        {
            Assert.Equal(-1, ZstdDecoder.Decompress(garbage, target));
        }
        finally
        {
            ZstdDecoder.ManagedOnly = false;
        }

        Assert.Equal(-1, first);
    }
}
