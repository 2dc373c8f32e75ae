using System.Text.Json;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Commands;

/// <summary><c>sextant research coint|pairs</c> on the bundled real minutes.</summary>
public sealed class ResearchCommandsTests(ScratchStore store) : IClassFixture<ScratchStore>
{
    [Fact]
    public async Task Coint_FirstFiveThousandMinutes_EqualsStatsmodels()
    {
        // statsmodels 0.13.5: coint(np.log(btc[:5000]), np.log(eth[:5000]), trend='c', autolag='aic')
        // (tests/Sextant.Research.Tests/References/statsmodels_references.py) → −1.0799506320628098, p 0.8866046161860983.
        var result = await CliRunner.RunAsync(["research", "coint", "BTCUSDT", "ETHUSDT", "--to", "2023-03-20T09:35:00Z", "--json", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(5000, root.GetProperty("nobs").GetInt32());
        Assert.Equal(-1.0799506320628098, root.GetProperty("statistic").GetDouble(), 1e-9);
        Assert.Equal(0.8866046161860983, root.GetProperty("pvalue").GetDouble(), 1e-9);
        Assert.Equal(-3.3373525374820914, root.GetProperty("critical_values").GetProperty("5%").GetDouble(), 1e-12);
        Assert.Equal(1.1055220592793145, root.GetProperty("hedge_ratio").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Pairs_Symbols_RanksEveryPairByPValueWithQValues()
    {
        var result = await CliRunner.RunAsync(["research", "pairs", "--symbols", "BTCUSDT,ETHUSDT,ADAUSDT", "--json", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        var p = rows.Select(r => r.GetProperty("pvalue").GetDouble()).ToList();
        Assert.Equal(p.Order(), p);
        Assert.All(rows, r => Assert.True(r.GetProperty("qvalue").GetDouble() >= r.GetProperty("pvalue").GetDouble()));
    }

    [Fact]
    public async Task Pairs_Table_PrintsTheRankingAndTheFalseDiscoveryLine()
    {
        var result = await CliRunner.RunAsync(["research", "pairs", "--symbols", "BTCUSDT", "ETHUSDT", "SOLUSDT", .. store.Sets]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Cointegration ranking: 3 pairs", result.Output, StringComparison.Ordinal);
        Assert.Contains("false discovery rate", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coint", "BTCUSDT", "NOPE", "no bars for binance/NOPE/1m")]
    [InlineData("coint", "BTC USDT", "ETHUSDT", "is not a symbol")]
    public async Task Coint_BadSymbol_ExitsTwo(string verb, string y, string x, string message)
    {
        var result = await CliRunner.RunAsync(["research", verb, y, x, .. store.Sets]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
