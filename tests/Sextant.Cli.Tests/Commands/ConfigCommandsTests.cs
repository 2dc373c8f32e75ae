using System.Text.Json;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Commands;

public sealed class ConfigCommandsTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("config", "--help")]
    [InlineData("config", "show", "--help")]
    [InlineData("config", "validate", "--help")]
    public async Task Help_EveryVerb_PrintsUsageAndExitsZero(params string[] args)
    {
        var sut = await CliRunner.RunAsync(args);

        Assert.Equal(0, sut.ExitCode);
        Assert.Contains("Usage:", sut.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_EveryShippedConfig_ExitsZero()
    {
        var files = Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "config"), "*.yaml", SearchOption.AllDirectories);

        var sut = await CliRunner.RunAsync(["config", "validate", .. files]);

        Assert.True(sut.ExitCode == 0, sut.Error);
        Assert.Equal(files.Length, sut.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Validate_ThreeMistakes_ReportsAllWithPositionsAndExitsTwo()
    {
        var sut = await CliRunner.RunAsync("config", "validate", CliRunner.Fixture("bad.yaml"));

        Assert.Equal(2, sut.ExitCode);
        Assert.Contains("3 problems", sut.Error, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:7:5: strategies[0].entry_zz: unknown key 'entry_zz' (did you mean 'entry_z'?)", sut.Error, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:8:15: strategies[0].lookback: expected a whole number, was 'many'", sut.Error, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:12:17: backtesting.slippage_bps: must be between 0 and 1000, was 5000", sut.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Json_ListsProblemsWithLocations()
    {
        var sut = await CliRunner.RunAsync("config", "validate", CliRunner.Fixture("bad.yaml"), "--json");

        Assert.Equal(2, sut.ExitCode);
        using var json = JsonDocument.Parse(sut.Output);
        var result = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal(3, result.GetProperty("problems").GetArrayLength());
        Assert.All(result.GetProperty("problems").EnumerateArray(), p => Assert.Contains("bad.yaml:", p.GetProperty("location").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Show_SetOverride_ShowsValueAndSaysItCameFromSet()
    {
        var sut = await CliRunner.RunAsync("config", "show", "--set", "strategies[0].entry_z=2.5");

        Assert.Equal(0, sut.ExitCode);
        var line = Assert.Single(sut.Output.Split('\n'), l => l.TrimStart().StartsWith("entry_z:", StringComparison.Ordinal));
        Assert.StartsWith("    entry_z: 2.5 ", line, StringComparison.Ordinal);
        Assert.EndsWith("# --set strategies[0].entry_z=2.5", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_EnvironmentVariable_ShowsValueFromEnvironment()
    {
        var env = new Dictionary<string, string> { ["SEXTANT__BACKTESTING__CAPITAL"] = "5000" };

        var sut = await CliRunner.RunAsync(env, "config", "show");

        Assert.Equal(0, sut.ExitCode);
        var line = Assert.Single(sut.Output.Split('\n'), l => l.TrimStart().StartsWith("capital:", StringComparison.Ordinal));
        Assert.StartsWith("  capital: 5000 ", line, StringComparison.Ordinal);
        Assert.EndsWith("# env SEXTANT__BACKTESTING__CAPITAL", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_HasConfigAndOrigins()
    {
        var sut = await CliRunner.RunAsync("config", "show", "--json", "--set", "backtesting.capital=7000");

        Assert.Equal(0, sut.ExitCode);
        using var json = JsonDocument.Parse(sut.Output);
        Assert.Equal(7000m, json.RootElement.GetProperty("config").GetProperty("backtesting").GetProperty("capital").GetDecimal());
        Assert.Equal("--set backtesting.capital=7000", json.RootElement.GetProperty("origins").GetProperty("backtesting.capital").GetString());
        Assert.Equal("btc_eth_pair", json.RootElement.GetProperty("config").GetProperty("strategies")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownVerb_ExitsTwoWithHint()
    {
        var sut = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, sut.ExitCode);
        Assert.Contains("--help", sut.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_BadConfig_ExitCodeTwoOnStandardError()
    {
        var sut = await CliRunner.RunProcessAsync(new Dictionary<string, string?>(), "config", "validate", CliRunner.Fixture("bad.yaml"));

        Assert.Equal(2, sut.ExitCode);
        Assert.Contains("unknown key 'entry_zz'", sut.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, sut.Output);
    }

    [Fact]
    public async Task Process_ShowWithEnvironment_PrintsEffectiveConfig()
    {
        var sut = await CliRunner.RunProcessAsync(new Dictionary<string, string?> { ["SEXTANT__BACKTESTING__CAPITAL"] = "5000" }, "config", "show");

        Assert.Equal(0, sut.ExitCode);
        Assert.Contains("capital: 5000", sut.Output, StringComparison.Ordinal);
        Assert.Contains("# env SEXTANT__BACKTESTING__CAPITAL", sut.Output, StringComparison.Ordinal);
    }
}
