using System.Text.Json;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Commands;

/// <summary><c>sextant backtest</c> end to end on the bundled real data.</summary>
public sealed class BacktestCommandTests(ScratchStore store) : IClassFixture<ScratchStore>
{
    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync([.. args, .. store.Sets]);

    [Fact]
    public async Task Backtest_NoArguments_PrintsTheStatisticsTableOfTheDefaultPair()
    {
        var result = await Run("backtest");

        Assert.Equal(0, result.ExitCode);
        foreach (var label in new[] { "Backtest · crypto_pair", "total return", "Sharpe", "max drawdown", "round trips", "BTCUSDT/ETHUSDT" })
        {
            Assert.Contains(label, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Loading 2 series (binance/BTCUSDT/1m, binance/ETHUSDT/1m)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_Json_PrintsOneObjectWithTheRequiredKeysAsFractions()
    {
        var result = await Run("backtest", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        foreach (var key in new[] { "total_return", "sharpe", "max_drawdown", "final_equity", "fills", "fees" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        Assert.InRange(root.GetProperty("max_drawdown").GetDouble(), 0.0, 1.0);
        Assert.Equal(root.GetProperty("final_equity").GetDecimal() / 100_000m - 1, (decimal)root.GetProperty("total_return").GetDouble(), 10);
        Assert.True(root.GetProperty("fills").GetInt32() > 0);
    }

    [Fact]
    public async Task Backtest_Report_WritesEveryFileAndASelfContainedHtml()
    {
        var dir = Path.Combine(store.Root, "report");
        var result = await Run("backtest", "config/examples/equity_pair.yaml", "--report", dir);

        Assert.Equal(0, result.ExitCode);
        foreach (var file in new[] { "summary.json", "equity.csv", "positions.csv", "fills.csv", "round_trips.csv", "report.html", "equity.png" })
        {
            Assert.True(new FileInfo(Path.Combine(dir, file)).Length > 0, file);
        }

        var html = await File.ReadAllTextAsync(Path.Combine(dir, "report.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("z GOOG/GOOGL", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp*"));
    }

    [Fact]
    public async Task Backtest_FromTo_ReplaysOnlyThatPeriod()
    {
        var result = await Run("backtest", "--from", "2023-04-10", "--to", "2023-04-12", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.StartsWith("2023-04-10T00:00:00", json.RootElement.GetProperty("start").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2023-04-11T23:59:00", json.RootElement.GetProperty("end").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "yesterday", "--from: 'yesterday' is not a date")]
    [InlineData("--set", "strategies[0].venue=nowhere", "no bars for nowhere/BTCUSDT/1m")]
    [InlineData("--set", "strategies[0].exit_z=3", "exit_z")]
    public async Task Backtest_BadInput_ExitsTwoWithAMessageThatSaysWhat(string option, string value, string message)
    {
        var result = await Run("backtest", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
