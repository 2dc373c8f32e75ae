using Sextant.Cli.Tests.Support;
using Sextant.Emulator;

namespace Sextant.Cli.Tests.Commands;

/// <summary><c>sextant run --mode paper</c> against the exchange emulator replaying real bars at 600× on 127.0.0.1.</summary>
public sealed class RunCommandTests(ScratchStore store) : IClassFixture<ScratchStore>
{
    [Fact]
    public async Task Run_PaperOnTheEmulator_TradesBothBrokersJournalsAndPrintsTheSummary()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 1200 });
        var journal = Path.Combine(store.Root, "journal");
        var environment = new Dictionary<string, string> { ["ALPACA_KEY_ID"] = host.Options.Key, ["ALPACA_SECRET_KEY"] = host.Options.Secret };

        var result = await CliRunner.RunAsync(environment, ["run", "config/examples/emulator.yaml", "--for", "8s",
            "--set", $"data.sources.binanceus.base_url={host.BaseUrl}", "--set", $"data.sources.alpaca.base_url={host.BaseUrl}",
            "--set", $"engine.journal={journal}", "--set", $"logging.file={Path.Combine(journal, "sextant-.jsonl")}", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Paper run:", result.Output, StringComparison.Ordinal);
        Assert.Contains("binanceus (USDT)", result.Output, StringComparison.Ordinal);
        Assert.Contains("alpaca (USD)", result.Output, StringComparison.Ordinal);
        Assert.Contains("total (USD)", result.Output, StringComparison.Ordinal);
        Assert.Contains("By strategy", result.Output, StringComparison.Ordinal);
        Assert.Contains("btc_eth_pair", result.Output, StringComparison.Ordinal);
        Assert.Contains("aig_bac_pair", result.Output, StringComparison.Ordinal);
        Assert.Contains("fill: binanceus", result.Error, StringComparison.Ordinal);
        Assert.Contains("fill: alpaca", result.Error, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(Path.Combine(journal, "paper.jsonl"));
        Assert.Contains(lines, l => l.Contains("\"Signal\"", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lines, l => l.Contains("\"Fill\"", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(host.Options.Secret, result.Output + result.Error + string.Join('\n', lines), StringComparison.Ordinal);

        var shown = await CliRunner.RunAsync(["journal", "show", "--file", Path.Combine(journal, "paper.jsonl"), "--tail", "0"]);
        Assert.True(shown.ExitCode == 0, shown.Error);
        Assert.Contains("OrderRequest", shown.Output, StringComparison.Ordinal);
        Assert.Contains("Fill", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LiveWithoutConfirmation_ExitsTwoAndSendsNothing()
    {
        var result = await CliRunner.RunAsync(["run", "--mode", "live", .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs both --live and engine.mode: live", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--mode", "live", "--live")]               // engine.mode is paper in the example
    [InlineData("--mode", "live", "--set", "engine.mode=live")] // no --live
    public async Task Run_LiveWithoutEveryConfirmation_ExitsTwoSayingWhatIsMissing(params string[] args)
    {
        var result = await CliRunner.RunAsync(["run", "config/examples/emulator.yaml", .. args, .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs both --live and engine.mode: live", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_LiveFlagWithoutModeLive_ExitsTwo()
    {
        var result = await CliRunner.RunAsync(["run", "config/examples/emulator.yaml", "--live", .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs --mode live", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConfirmedLiveButNoBrokerInLiveMode_ExitsTwoNamingTheKey()
    {
        var result = await CliRunner.RunAsync(["run", "config/examples/emulator.yaml", "--mode", "live", "--live", "--set", "engine.mode=live", .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no broker in use has mode: live", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DashboardDefaultPort_IsNotTheEmulators()
    {
        Assert.NotEqual(EmulatorOptions.DefaultPort, new Sextant.Config.Schema.DashboardConfig().Port);
    }

    [Fact]
    public async Task Run_Json_PrintsBrokersTotalAndStrategiesAsOneObject()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 1200 });
        var environment = new Dictionary<string, string> { ["ALPACA_KEY_ID"] = host.Options.Key, ["ALPACA_SECRET_KEY"] = host.Options.Secret };

        var result = await CliRunner.RunAsync(environment, ["run", "config/examples/emulator.yaml", "--for", "4s", "--json",
            "--set", $"data.sources.binanceus.base_url={host.BaseUrl}", "--set", $"data.sources.alpaca.base_url={host.BaseUrl}",
            "--set", $"engine.journal={Path.Combine(store.Root, "journal-json")}", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(["binanceus", "alpaca", "total"], json.RootElement.GetProperty("brokers").EnumerateArray().Select(b => b.GetProperty("broker").GetString()));
        Assert.Equal(["btc_eth_pair", "aig_bac_pair"], json.RootElement.GetProperty("strategies").EnumerateArray().Select(s => s.GetProperty("strategy").GetString()));
        Assert.Equal("paper", json.RootElement.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Run_DrawdownBreach_TripsTheKillSwitchAndJournalsIt()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 1200 });
        var journal = Path.Combine(store.Root, "journal-kill");
        var environment = new Dictionary<string, string> { ["ALPACA_KEY_ID"] = host.Options.Key, ["ALPACA_SECRET_KEY"] = host.Options.Secret };

        // A drawdown limit of one millionth: the first fee trips it.
        var result = await CliRunner.RunAsync(environment, ["run", "config/examples/emulator.yaml", "--for", "10s",
            "--set", $"data.sources.binanceus.base_url={host.BaseUrl}", "--set", $"data.sources.alpaca.base_url={host.BaseUrl}",
            "--set", "risk.max_drawdown=0.000001", "--set", $"engine.journal={journal}", "--set", $"logging.file={Path.Combine(journal, "sextant-.jsonl")}", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("kill switch at", result.Error, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(Path.Combine(journal, "paper.jsonl"));
        Assert.Contains(lines, l => l.Contains("\"kill_switch\"", StringComparison.Ordinal));
    }
}
