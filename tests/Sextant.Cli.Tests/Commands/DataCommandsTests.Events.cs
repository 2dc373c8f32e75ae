using System.Text.Json.Nodes;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Commands;

public sealed partial class DataCommandsTests
{
    [Fact]
    public async Task Events_AaplIn2014_ListsTheRealDividendsAndTheSevenForOneSplit()
    {
        using var fresh = new DataDirs(bundledSamples: true);

        var table = await fresh.RunAsync("data", "events", "AAPL", "--from", "2014-01-01", "--to", "2015-01-01");
        var json = await fresh.RunAsync("data", "events", "AAPL", "--from", "2014-01-01", "--to", "2015-01-01", "--json");

        // Apple's 2014: ex-dividend $3.05 on 6 Feb and $3.29 on 8 May (before the split), the 7-for-1 split on 9 June, then $0.47 a quarter.
        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Matches(@"2014-06-09 04:00\s+split\s+7\s", table.Output);
        var events = JsonNode.Parse(json.Output)!.AsArray().Select(e => ((string)e!["kind"]!, (decimal)e["value"]!)).ToList();
        Assert.Equal([("dividend", 3.05m), ("dividend", 3.29m), ("split", 7m), ("dividend", 0.47m), ("dividend", 0.47m)], events);
    }

    [Fact]
    public async Task Events_BadDate_Exit2NamingTheOption()
    {
        var result = await _dirs.RunAsync("data", "events", "AAPL", "--from", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from must be a date", result.Error, StringComparison.Ordinal);
    }
}
