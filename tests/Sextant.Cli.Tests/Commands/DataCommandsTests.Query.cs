using System.Text.Json.Nodes;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Commands;

public sealed partial class DataCommandsTests
{
    [Fact]
    public async Task ListAndQuery_FreshCloneWithBundledSamples_ShowEverySeriesAndTheirRowCounts()
    {
        using var fresh = new DataDirs(bundledSamples: true);

        var list = await fresh.RunAsync("data", "list");
        var query = await fresh.RunAsync("data", "query", "select symbol, count(*) as n from bars where venue = 'binance' and \"interval\" = '1m' group by 1 order by 1", "--json");

        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains("Loaded 45 bundled sample series into the store (first use).", list.Error, StringComparison.Ordinal);
        Assert.Matches(@"binance\s+BTCUSDT\s+1m\s+hot\s+2023-03-16 22:15\s+2023-05-01 21:01\s+66,087", list.Output);
        Assert.Matches(@"lean\s+GOOGL\s+1d\s+hot\s+2004-08-19 04:00\s+2021-03-31 04:00\s+4,183", list.Output);
        Assert.Contains("45 series, 868,897 bars", list.Output, StringComparison.Ordinal);
        Assert.True(query.ExitCode == 0, query.Error);
        Assert.DoesNotContain("Loaded", query.Error, StringComparison.Ordinal);
        var rows = JsonNode.Parse(query.Output)!.AsArray();
        Assert.Equal(13, rows.Count);
        Assert.Equal(("BTCUSDT", 66087L), ((string)rows[3]!["symbol"]!, (long)rows[3]!["n"]!));
    }

    [Fact]
    public async Task Query_ImportedBarsAcrossTiers_SeesBothTiersAsATable()
    {
        await _dirs.RunAsync("data", "import", "data/samples/binanceus_BTCUSDC_1m.csv.gz");
        await _dirs.RunAsync("data", "archive", "--before", "2023-04-01");

        var result = await _dirs.RunAsync("data", "query", "select tier, count(*) as bars, min(ts) as first, max(close) as top from bars group by tier");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches(@"archive\s+30240\s+2023-03-01 00:00:00\s+\d+", result.Output);
        Assert.Contains("1 row(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_BadSql_Exits2WithDuckDbsMessage()
    {
        var result = await _dirs.RunAsync("data", "query", "selec 1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("query failed: Parser Error: syntax error at or near \"selec\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownColumnOnEmptyStore_Exits2()
    {
        var result = await _dirs.RunAsync("data", "query", "select nope from bars");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_EmptyStore_SaysSoAndJsonIsAnEmptyArray()
    {
        var text = await _dirs.RunAsync("data", "list");
        var json = await _dirs.RunAsync("data", "list", "--json");

        Assert.Contains("The store is empty", text.Output, StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(json.Output)!.AsArray());
    }

    [Fact]
    public async Task List_TruncatedPartition_ReportsItAndExits2()
    {
        await _dirs.RunAsync("data", "import", "data/samples/lean_SPY_1d.csv");
        var file = Directory.GetFiles(_dirs.Store, "2008.parquet", SearchOption.AllDirectories).Single();
        await using (var f = new FileStream(file, FileMode.Open))
        {
            f.SetLength(100);
        }

        var result = await _dirs.RunAsync("data", "list", "--json");

        Assert.Equal(2, result.ExitCode);
        var spy = JsonNode.Parse(result.Output)!.AsArray().Single()!;
        Assert.Equal("2008 unreadable (2008.parquet)", (string)spy["problem"]!);
    }
}
