using Sextant.Data.Csv;
using Sextant.Data.Sources;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Csv;

public sealed partial class CsvImporterTests
{
    private const string TwoBadRows =
        "timestamp_utc_ms,open,high,low,close,volume\n" +
        "1680307200000,28465.36,28469.71,28450.00,28455.15,93.59\n" +
        "1680307260000,28455.15,abc,28440.02,28444.37,71.02\n" +
        "1680307320000,28444.37,28450.00,28430.00,28449.99,50.5\n" +
        "1680307380000,28449.99,28400.00,28460.00,28455.00,12\n" +
        "1680307440000,28455.00,28470.00,28450.00,28460.00,8\n";

    [Fact]
    public async Task ImportAsync_TwoBadRows_SkipsThemAndNamesBothLines()
    {
        var result = await Import(Write(TwoBadRows));

        Assert.Equal((3, 2, 5L), (result.Imported, result.Skipped, result.DataRows));
        Assert.Equal([3L, 5L], result.Errors.Select(e => e.Line));
        Assert.Equal("high 'abc' is not a number", result.Errors[0].Reason);
        Assert.Contains("high 28400 is below max(open, close)", result.Errors[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_Strict_StopsAtTheFirstBadLine()
    {
        var ex = await Assert.ThrowsAsync<DataException>(() => Import(Write(TwoBadRows), new CsvImportOptions { Strict = true }));

        Assert.Contains("Malformed row at line 3: high 'abc' is not a number", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1680307260000,1,2,0.5,1.5", "has 5 column(s), expected 6")]
    [InlineData("1680307260000,1,2,0.5,1.5,10,7", "has 7 column(s), expected 6")]
    [InlineData("yesterday,1,2,0.5,1.5,10", "time 'yesterday' is not an epoch number or ISO 8601 time")]
    [InlineData(",1,2,0.5,1.5,10", "time '' is empty")]
    [InlineData("1680307260000,1,2,0.5,,10", "close is empty")]
    [InlineData("1680307260000,1,2,0.5,1.5,-3", "volume must not be negative, was -3")]
    [InlineData("1680307260000,0,2,0.5,1.5,1", "open must be positive, was 0")]
    [InlineData("1680307260000,1,2,0.5,NaN,1", "close is NaN")]
    public async Task ImportAsync_MalformedRow_ReportsLineAndReason(string row, string reason)
    {
        var result = await Import(Write("time,open,high,low,close,volume\n1680307200000,1,2,0.5,1.5,10\n" + row + "\n"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(new CsvRowError(3, reason), error);
        Assert.Equal(1, result.Imported);
    }

    [Fact]
    public async Task ImportAsync_DescendingWithDuplicate_SortsAndReportsTheLaterLine()
    {
        var path = Write("time,open,high,low,close,volume\n1680307320,3,3,3,3,1\n1680307260,2,2,2,2,1\n1680307200,1,1,1,1,1\n1680307260,9,9,9,9,1\n");

        var result = await Import(path);

        Assert.False(result.WasSorted);
        Assert.Equal([1.0, 2, 3], result.Bars.Close.ToArray());
        Assert.Equal(new CsvRowError(5, "duplicate time 2023-04-01T00:01:00.000000000Z (first at line 3)"), Assert.Single(result.Errors));
    }

    [Fact]
    public async Task ImportAsync_TruncatedGzip_ThrowsDataException()
    {
        var full = await File.ReadAllBytesAsync(RealData.File("binance_BTCUSDT_1m.csv.gz"));
        var path = _dir.Sub("cut.csv.gz");
        await File.WriteAllBytesAsync(path, full[..(full.Length / 2)]);

        var ex = await Assert.ThrowsAsync<DataException>(() => Import(path));

        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public async Task ImportAsync_EmptyFile_ThrowsDataException()
    {
        await Assert.ThrowsAsync<DataException>(() => Import(Write("")));
    }
}
