using System.IO.Compression;
using System.Text;
using Sextant.Core.Bars;
using Sextant.Data.Csv;
using Sextant.Data.Sources;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Csv;

public sealed partial class CsvImporterTests : IDisposable
{
    private static readonly SeriesKey Key = RealData.Key("test", "BTCUSDT", "1m");
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string text, string name = "bars.csv", bool gzip = false)
    {
        var path = _dir.Sub(name);
        using var file = File.Create(path);
        using var stream = gzip ? new GZipStream(file, CompressionLevel.Fastest) : (Stream)file;
        stream.Write(Encoding.UTF8.GetBytes(text));
        return path;
    }

    private static Task<CsvImportResult> Import(string path, CsvImportOptions? options = null) =>
        new CsvImporter(options).ImportAsync(path, Key, null, default);

    [Fact]
    public async Task ImportAsync_RealGzipSample_MatchesTheFileExactly()
    {
        var result = await new CsvImporter().ImportAsync(RealData.File("binance_BTCUSDT_1m.csv.gz"), RealData.BtcMinute, null, default);

        Assert.Equal((CsvLayout.Header, true, 66087, 0), (result.Layout, result.Gzip, result.Imported, result.Skipped));
        Bars.Equal(RealData.BtcMinutes(), result.Bars);
    }

    [Fact]
    public async Task ImportAsync_RealLeanDaily_ReadsEveryRow()
    {
        var key = RealData.Key("lean", "SPY", "1d");

        var result = await new CsvImporter().ImportAsync(RealData.File("lean_SPY_1d.csv"), key, null, default);

        Assert.Equal(5849, result.Imported);
        Assert.False(result.Gzip);
        Bars.Equal(RealData.Load("lean_SPY_1d.csv", key), result.Bars);
    }

    [Fact]
    public async Task ImportAsync_GzipWithPlainName_IsDetectedByMagicBytes()
    {
        var path = Write("time,open,high,low,close,volume\n1680307200000,1,2,0.5,1.5,10\n", "looks-plain.csv", gzip: true);

        var result = await Import(path);

        Assert.True(result.Gzip);
        Assert.Equal(RealData.Utc("2023-04-01"), result.Bars.Times[0]);
    }

    [Theory]
    [InlineData("1680307200")]
    [InlineData("1680307200000")]
    [InlineData("1680307200000000")]
    [InlineData("1680307200000000000")]
    [InlineData("2023-04-01T00:00:00Z")]
    [InlineData("2023-04-01T02:00:00+02:00")]
    [InlineData("2023-03-31T20:00:00-04:00")]
    [InlineData("2023-04-01 00:00:00")]
    [InlineData("2023-04-01")]
    [InlineData("\"2023-04-01T00:00:00.000Z\"")]
    public async Task ImportAsync_TimestampForms_AllMeanTheSameInstant(string time)
    {
        var path = Write($"timestamp,open,high,low,close,volume\n{time},1,2,0.5,1.5,10\n");

        var result = await Import(path);

        Assert.Equal(0, result.Skipped);
        Assert.Equal(RealData.Utc("2023-04-01T00:00:00Z"), result.Bars.Times[0]);
    }

    [Fact]
    public async Task ImportAsync_IsoWithoutZone_UsesTheConfiguredZoneAcrossDaylightSaving()
    {
        var path = Write("Date,Open,High,Low,Close,Volume\n2023-03-10 09:30,1,2,0.5,1.5,10\n2023-03-13 09:30,1,2,0.5,1.5,10\n");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var result = await Import(path, new CsvImportOptions { TimeZone = zone });

        Assert.Equal([RealData.Utc("2023-03-10T14:30Z"), RealData.Utc("2023-03-13T13:30Z")], result.Bars.Times.ToArray());
    }

    [Fact]
    public async Task ImportAsync_TimeInDaylightSavingGap_IsAMalformedRow()
    {
        var path = Write("date,open,high,low,close,volume\n2023-03-12 02:30,1,2,0.5,1.5,10\n2023-03-12 03:30,1,2,0.5,1.5,10\n");

        var result = await Import(path, new CsvImportOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York") });

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("does not exist in time zone America/New_York", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_BinanceKlinesWithoutHeader_TakesTheFirstSixOfTwelveColumns()
    {
        // Binance spot klines as the REST API and data.binance.vision dumps give them (the last row in microseconds, as spot dumps are since 2025).
        var path = Write(
            "1680307200000,28465.36,28469.71,28450.00,28455.15,93.59,1680307259999,2663947.43,2136,44.12,1255860.82,0\n" +
            "1680307260000000,28455.15,28460.00,28440.02,28444.37,71.02,1680307319999999,2020690.53,1788,30.55,869263.56,0\n");

        var result = await Import(path);

        Assert.Equal(CsvLayout.BinanceKlines, result.Layout);
        Assert.Equal([RealData.Utc("2023-04-01T00:00Z"), RealData.Utc("2023-04-01T00:01Z")], result.Bars.Times.ToArray());
        Assert.Equal([28455.15, 28444.37], result.Bars.Close.ToArray());
        Assert.Equal(71.02, result.Bars.Volume[1]);
    }

    [Fact]
    public async Task ImportAsync_HeaderAliasesSemicolonsBomAndCrLf_AreUnderstood()
    {
        var path = Write("\uFEFFOpen_Time;O;H;L;C;Vol\r\n1680307200000;1;2;0.5;1.5;10\r\n1680307260000;1.5;2;1;1.2;3\r\n");

        var result = await Import(path);

        Assert.Equal((CsvLayout.Header, 2), (result.Layout, result.Imported));
        Assert.Equal(1.2, result.Bars.Close[1]);
    }

    [Fact]
    public async Task ImportAsync_NoVolumeColumn_ImportsZeroVolume()
    {
        var path = Write("time,open,high,low,close\n1680307200,1,2,0.5,1.5\n");

        var result = await Import(path);

        Assert.Equal(0.0, result.Bars.Volume[0]);
    }

    [Fact]
    public async Task ImportAsync_HeaderWithoutClose_ThrowsNamingTheMissingColumn()
    {
        var path = Write("time,open,high,low,volume\n1680307200,1,2,0.5,1\n");

        var ex = await Assert.ThrowsAsync<DataException>(() => Import(path));

        Assert.Contains("lacks column(s) close", ex.Message, StringComparison.Ordinal);
        Assert.Equal(path, ex.Path);
    }
}
