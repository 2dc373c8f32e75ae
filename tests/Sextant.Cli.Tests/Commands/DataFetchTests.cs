using System.Text.Json;
using Sextant.Cli.Tests.Support;
using Sextant.Emulator;
using Sextant.Emulator.Faults;

namespace Sextant.Cli.Tests.Commands;

/// <summary><c>sextant data fetch</c> from the exchange emulator on 127.0.0.1 into a scratch store.</summary>
public sealed class DataFetchTests(ScratchStore store) : IClassFixture<ScratchStore>
{
    [Fact]
    public async Task Fetch_ThenFetchAgain_SecondRunSendsNoRequest()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        host.Control.Step(400);
        string[] args = ["data", "fetch", "--source", "binanceus", "--symbol", "BTCUSDT", "--from", "2023-03-16T22:15:00Z", "--to", "2023-03-17T01:15:00Z",
            "--set", $"data.sources.binanceus.base_url={host.BaseUrl}", "--json", .. store.Sets];

        var first = await CliRunner.RunAsync(args);
        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        using (var json = JsonDocument.Parse(first.Output))
        {
            Assert.Equal(180, json.RootElement.GetProperty("bars").GetInt32());
            Assert.Equal("binanceus/BTCUSDT/1m", json.RootElement.GetProperty("series").GetString());
        }

        // Any request now would be answered "banned": the second run must be served by the store alone.
        host.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 418, RetryAfterSeconds = 600, Path = "/api/v3/klines", Count = 100 });
        var second = await CliRunner.RunAsync(args);
        Assert.True(second.ExitCode == 0, second.Error + second.Output);
        using var again = JsonDocument.Parse(second.Output);
        Assert.Equal(180, again.RootElement.GetProperty("bars").GetInt32());
    }

    [Fact]
    public async Task Fetch_UnknownSource_ExitsTwoNamingTheConfiguredOnes()
    {
        var result = await CliRunner.RunAsync(["data", "fetch", "--source", "kraken", "--symbol", "BTCUSDT", "--from", "2023-03-01", .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not in data.sources; configured: binanceus, alpaca", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_VenueTheSourceDoesNotServe_ExitsTwoInsteadOfFetchingNothing()
    {
        var result = await CliRunner.RunAsync(["data", "fetch", "--source", "binanceus", "--symbol", "BTCUSDT", "--from", "2023-03-01", "--venue", "emu", .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--venue emu: the binanceus source serves only binanceus bars", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_Alpaca_ReadsKeysFromTheNamedVariablesAndStoresTheBars()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        host.Control.Step(1539);
        var environment = new Dictionary<string, string> { ["ALPACA_KEY_ID"] = host.Options.Key, ["ALPACA_SECRET_KEY"] = host.Options.Secret };

        var result = await CliRunner.RunAsync(environment, ["data", "fetch", "--source", "alpaca", "--symbol", "SPY", "--from", "2013-10-04", "--to", "2013-10-05",
            "--set", $"data.sources.alpaca.base_url={host.BaseUrl}", "--json", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("bars").GetInt32() > 500);
        Assert.DoesNotContain(host.Options.Secret, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_AlpacaWithoutKeys_ExitsTwoNamingTheVariable()
    {
        var result = await CliRunner.RunAsync(["data", "fetch", "--source", "alpaca", "--symbol", "SPY", "--from", "2013-10-04", .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ALPACA_KEY_ID is not set", result.Error, StringComparison.Ordinal);
    }
}
