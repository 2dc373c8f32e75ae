using System.Text.Json.Nodes;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Commands;

public sealed partial class DataCommandsTests : IDisposable
{
    private const string TwoBadRows =
        "timestamp,open,high,low,close,volume\n" +
        "2023-04-01T00:00:00Z,28465.36,28469.71,28450.00,28455.15,93.59\n" +
        "2023-04-01T00:01:00Z,28455.15,abc,28440.02,28444.37,71.02\n" +
        "2023-04-01T00:02:00Z,28444.37,28450.00,28430.00,28449.99,50.5\n" +
        "2023-04-01T00:03:00Z,28449.99,28400.00,28460.00,28455.00,12\n" +
        "2023-04-01T00:04:00Z,28455.00,28470.00,28450.00,28460.00,8\n";

    private readonly DataDirs _dirs = new();

    public void Dispose() => _dirs.Dispose();

    [Fact]
    public async Task Import_CsvWithTwoBadRows_ImportsTheRestAndNamesBothLines()
    {
        var file = _dirs.File("btc.csv", TwoBadRows);

        var result = await _dirs.RunAsync("data", "import", file, "--symbol", "BTCUSDT", "--venue", "binance", "--interval", "1m");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Imported 3 bars of binance/BTCUSDT/1m", result.Output, StringComparison.Ordinal);
        Assert.Contains("skipped 2 malformed row(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 3: high 'abc' is not a number", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 5: high 28400 is below max(open, close)", result.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_dirs.Store, "2023-04.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Import_Strict_StopsAtLine3WithExit2AndWritesNothing()
    {
        var file = _dirs.File("btc.csv", TwoBadRows);

        var result = await _dirs.RunAsync("data", "import", file, "--symbol", "BTCUSDT", "--strict");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Malformed row at line 3: high 'abc' is not a number", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dirs.Store));
    }

    [Fact]
    public async Task Import_RealSampleNamedFile_TakesVenueSymbolIntervalFromTheNameAsJson()
    {
        var result = await _dirs.RunAsync("data", "import", "data/samples/binanceus_BTCUSD_1m.csv.gz", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal(("binanceus/BTCUSD/1m", 30240, 0), ((string)json["series"]!, (int)json["imported"]!, (int)json["skipped"]!));
        Assert.Equal("2023-03-01T00:00:00.000000000Z", (string)json["first"]!);
    }

    [Fact]
    public async Task Import_IsoWithoutZoneAndTimeZoneOption_ConvertsToUtcAndInfersTheInterval()
    {
        var file = _dirs.File("spy.csv", "Date,Open,High,Low,Close,Volume\n2023-03-10,1,2,0.5,1.5,10\n2023-03-13,1,2,0.5,1.5,10\n2023-03-14,1,2,0.5,1.5,10\n2023-03-15,1,2,0.5,1.5,10\n");

        var result = await _dirs.RunAsync("data", "import", file, "--symbol", "SPY", "--venue", "lean", "--time-zone", "America/New_York", "--json");

        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal(("lean/SPY/1d", "2023-03-10T05:00:00.000000000Z", "2023-03-15T04:00:00.000000000Z"), ((string)json["series"]!, (string)json["first"]!, (string)json["last"]!));
    }

    [Theory]
    [InlineData("--time-zone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'")]
    [InlineData("--interval", "7x", "--interval: Bar interval must be")]
    [InlineData("--venue", "Bin ance", "--venue: Venue id")]
    public async Task Import_BadOption_Exits2WithTheReason(string option, string value, string message)
    {
        var file = _dirs.File("btc.csv", TwoBadRows);

        var result = await _dirs.RunAsync(["data", "import", file, "--symbol", "BTCUSDT", option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_Exits2()
    {
        var result = await _dirs.RunAsync("data", "import", "nope.csv", "--symbol", "X");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_BeforeApril_MovesMarchAndTheDataStaysReadable()
    {
        await _dirs.RunAsync("data", "import", "data/samples/binance_ETHUSDT_1m.csv.gz");

        var result = await _dirs.RunAsync("data", "archive", "--before", "2023-04-01");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"binance/ETHUSDT/1m\s+2023-03\s+21,625", result.Output);
        Assert.Single(Directory.GetFiles(_dirs.Archive, "*.parquet", SearchOption.AllDirectories));
        Assert.Equal(2, Directory.GetFiles(_dirs.Store, "*.parquet", SearchOption.AllDirectories).Length);
        var again = await _dirs.RunAsync("data", "archive", "--before", "2023-04-01");
        Assert.Contains("Nothing to archive", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_BadDate_Exits2()
    {
        var result = await _dirs.RunAsync("data", "archive", "--before", "last tuesday");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--before must be a date", result.Error, StringComparison.Ordinal);
    }
}
