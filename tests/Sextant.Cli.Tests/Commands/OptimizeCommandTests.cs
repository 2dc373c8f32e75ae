using System.Globalization;
using System.Text.Json;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Commands;

/// <summary><c>sextant optimize</c>: a grid over the default pair, ranked, written to CSV; walk-forward on daily bars.</summary>
public sealed class OptimizeCommandTests(ScratchStore store) : IClassFixture<ScratchStore>
{
    [Fact]
    public async Task Optimize_Grid_RanksEveryCombinationAndWritesTheCsv()
    {
        var csv = Path.Combine(store.Root, "sweep.csv");
        var result = await CliRunner.RunAsync(["optimize", "--grid", "strategies[0].lookback=60,120", "--grid", "strategies[0].entry_z=2,3",
            "--from", "2023-04-01", "--to", "2023-04-08", "--out", csv, "--json", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        var scores = rows.Select(r => r.GetProperty("sharpe").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);

        var lines = await File.ReadAllLinesAsync(csv);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("rank,strategies[0].lookback,strategies[0].entry_z,score,total_return", lines[0], StringComparison.Ordinal);
        Assert.Equal(scores[0].ToString("R", CultureInfo.InvariantCulture), lines[1].Split(',')[3]);
    }

    [Fact]
    public async Task Optimize_InvalidCombination_IsARowWithItsReasonNotAFailure()
    {
        var result = await CliRunner.RunAsync(["optimize", "--grid", "strategies[0].exit_z=0.5,2.5", "--from", "2023-04-01", "--to", "2023-04-03",
            "--out", Path.Combine(store.Root, "bad.csv"), .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 combination(s) could not run", result.Output, StringComparison.Ordinal);
        Assert.Contains("exit_z", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_WalkForward_ReportsOutOfSampleFolds()
    {
        var result = await CliRunner.RunAsync(["optimize", "config/examples/equity_pair.yaml", "--grid", "strategies[0].entry_z=1.5,2",
            "--walk-forward", "730:365", "--json", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var folds = json.RootElement.GetProperty("folds").EnumerateArray().ToList();
        Assert.True(folds.Count >= 3, result.Output);
        Assert.All(folds, f => Assert.True(string.CompareOrdinal(f.GetProperty("train").GetString()![^16..], f.GetProperty("test").GetString()![..16]) <= 0));
    }

    [Fact]
    public async Task Optimize_BadGrid_ExitsTwo()
    {
        var result = await CliRunner.RunAsync(["optimize", "--grid", "lookback", .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("expected path=a,b,c", result.Error, StringComparison.Ordinal);
    }
}
