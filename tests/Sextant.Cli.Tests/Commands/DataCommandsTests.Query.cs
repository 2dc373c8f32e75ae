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
        var json = await fresh.RunAsync("data", "list", "--json");
        var query = await fresh.RunAsync("data", "query", "select symbol, count(*) as n from bars where venue = 'binance' and \"interval\" = '1m' group by 1 order by 1", "--json");

        // Row and gap counts: data/samples/README.md (gaps: the 2023-03-24 Binance halt; QQQ traded as QQQQ 2004-12-01 to 2011-03-22).
        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains("Loaded 56 bundled sample series into the store (first use).", list.Error, StringComparison.Ordinal);
        Assert.Matches(@"binance\s+BTCUSDT\s+1m\s+hot\s+2023-03-16 22:15\s+2023-05-01 21:01\s+66,087\s+1\s+3\s", list.Output);
        Assert.Matches(@"binance\s+LTCUSDT\s+1m\s+hot\s+2023-04-01 21:04\s+2023-05-01 21:02\s+43,199\s+0\s", list.Output);
        Assert.Matches(@"lean\s+GOOGL\s+1d\s+hot\s+2004-08-19 04:00\s+2021-03-31 04:00\s+4,183\s+0\s", list.Output);
        Assert.Matches(@"lean\s+QQQ\s+1d\s+hot\s+1999-03-10 05:00\s+2021-03-31 04:00\s+3,964\s+1\s", list.Output);
        Assert.Matches(@"lean\s+SPY\s+1h\s+hot\s+1998-01-02 14:00\s+2021-03-31 19:00\s+40,832\s+0\s", list.Output);
        Assert.Contains("56 series, 1,089,456 bars, 30 gaps", list.Output, StringComparison.Ordinal);
        var btc = JsonNode.Parse(json.Output)!.AsArray().Single(s => (string)s!["symbol"]! == "BTCUSDT" && (string)s["venue"]! == "binance" && (string)s["interval"]! == "1m")!;
        Assert.Equal((1, "continuous"), ((int)btc["gaps"]!, (string)btc["gap_rule"]!));
        Assert.Equal(("2023-03-24T12:40:00.000000000Z", "2023-03-24T14:00:00.000000000Z"), ((string)btc["longest_gap"]!["from"]!, (string)btc["longest_gap"]!["to"]!));
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

    [Fact]
    public async Task Query_Csv_QuotesFieldsPerRfc4180()
    {
        var result = await _dirs.RunAsync("data", "query",
            "select 'a,b' as \"x,1\", 'say \"hi\"' as y, 'two' || chr(10) || 'lines' as z, 1.5::double as n, NULL as e, TIMESTAMPTZ '2023-03-24 12:40:00+00' as t, 'plain' as p", "--csv");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("\"x,1\",y,z,n,e,t,p\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",1.5,,2023-03-24T12:40:00.000Z,plain\r\n", result.Output);
    }

    [Fact]
    public async Task Query_CsvOfImportedBars_HeaderThenOneRecordPerRow()
    {
        await _dirs.RunAsync("data", "import", "data/samples/binanceus_BTCUSDC_1m.csv.gz");

        var result = await _dirs.RunAsync("data", "query", "select symbol, ts, close from bars order by ts limit 2", "--csv");

        // binanceus_BTCUSDC_1m.csv.gz: the first two bars, 2023-03-01 00:00 and 00:01 UTC.
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("symbol,ts,close\r\nBTCUSDC,2023-03-01T00:00:00.000Z,23152.65\r\nBTCUSDC,2023-03-01T00:01:00.000Z,23152.65\r\n", result.Output);
    }

    [Fact]
    public async Task Query_CsvAndJsonTogether_Exits2()
    {
        var result = await _dirs.RunAsync("data", "query", "select 1", "--csv", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--csv or --json", result.Error, StringComparison.Ordinal);
    }
}
