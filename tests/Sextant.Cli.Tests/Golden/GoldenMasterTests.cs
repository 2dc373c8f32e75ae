using System.Globalization;
using System.Text.Json;
using Sextant.Cli.Tests.Support;

namespace Sextant.Cli.Tests.Golden;

/// <summary>
/// Golden masters (LEAN's regression algorithms): the shipped example configs on the bundled real data, with their full
/// headline statistics and a SHA-256 of the order list pinned. Any change that moves a number fails here until the
/// expected values are deliberately updated in the same commit, with the reason in its message. To see the new values:
/// <c>dotnet run -c Release --project src/Sextant.Cli -- backtest CONFIG --json</c>.
/// </summary>
public sealed class GoldenMasterTests(ScratchStore store) : IClassFixture<ScratchStore>
{
    public static TheoryData<Golden> Cases { get; } = new()
    {
        new Golden("config/examples/crypto_pair.yaml", FinalEquity: "79977.41389831280418483521992", TotalReturn: -0.2002258610168719, Sharpe: -59.563458014068885,
            MaxDrawdown: 0.2002258610168719, Fills: 1792, Fees: "15846.291150749135273027647221", RoundTrips: 448,
            OrdersSha256: "7dcb08bfaedbb4002f39108e3e4a1b93f30214eb4069ca4f911f1827ca551a30"),
        // data.adjustment: split (the default): GOOG's bars up to 2015-04-24 are scaled by Lean's split factor 0.997307 (goog.csv).
        new Golden("config/examples/equity_pair.yaml", FinalEquity: "101185.75694224057076905086850", TotalReturn: 0.0118575694224059, Sharpe: 0.47149388981333357,
            MaxDrawdown: 0.009742121734817921, Fills: 188, Fees: "53.81", RoundTrips: 47,
            OrdersSha256: "afcc79f8e4dbed1dee42f5fc5531de63439b3fb7daf12e83a2456d4587f186de"),

        // Raw bars reproduce the golden master from before data.adjustment existed, to the last digit.
        new Golden("config/examples/equity_pair.yaml", FinalEquity: "101471.59702874959016121770730", TotalReturn: 0.014715970287495939, Sharpe: 0.6440246486193989,
            MaxDrawdown: 0.007078093423534604, Fills: 184, Fees: "52.63", RoundTrips: 46,
            OrdersSha256: "437f5ab8735c8d4505e015d8b59852441564dd4facdf84425102dac0ba1fe8f3", Set: "data.adjustment=raw"),
        new Golden("config/examples/multi_asset.yaml", FinalEquity: "89938.61075861135224646864940", TotalReturn: -0.10061389241388652, Sharpe: -0.7972064158376418,
            MaxDrawdown: 0.15434124353030165, Fills: 146, Fees: "662.54594714191475394862726242", RoundTrips: 40,
            OrdersSha256: "1adcf92c2e09d1c1af61392a8b692654c105d3d052f2c6e0af5e97efdaac8bd3"),

        // Splits and dividends: SPY, QQQ dividend-adjusted by Lean's price factors (spy.csv, qqq.csv), which moves the equity legs' signals.
        new Golden("config/examples/multi_asset.yaml", FinalEquity: "89891.44162066614230409709241", TotalReturn: -0.10108558379333843, Sharpe: -0.8347007561477239,
            MaxDrawdown: 0.14918068107388804, Fills: 134, Fees: "610.26652319975224227555234036", RoundTrips: 37,
            OrdersSha256: "5993a3f0763eb805205c739532aa81d1ebbf023e3de4225aeb992e8c11c37c39", Set: "data.adjustment=all"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Backtest_ExampleConfig_MatchesItsGoldenMaster(Golden golden)
    {
        string[] extra = golden.Set is null ? [] : ["--set", golden.Set];
        var result = await CliRunner.RunAsync(["backtest", golden.Config, "--json", .. store.Sets, .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;

        Assert.Equal(golden.OrdersSha256, root.GetProperty("orders_sha256").GetString());
        Close(decimal.Parse(golden.FinalEquity, CultureInfo.InvariantCulture), root.GetProperty("final_equity").GetDecimal(), "final_equity");
        Close(decimal.Parse(golden.Fees, CultureInfo.InvariantCulture), root.GetProperty("fees").GetDecimal(), "fees");
        Assert.Equal(golden.Fills, root.GetProperty("fills").GetInt32());
        Assert.Equal(golden.RoundTrips, root.GetProperty("round_trips").GetInt32());
        Close(golden.TotalReturn, root.GetProperty("total_return").GetDouble(), "total_return");
        Close(golden.Sharpe, root.GetProperty("sharpe").GetDouble(), "sharpe");
        Close(golden.MaxDrawdown, root.GetProperty("max_drawdown").GetDouble(), "max_drawdown");
    }

    // Money to 1e-12 relative: far below a cent, far above the last of decimal's 28 digits (which a change in the last bit of a
    // double hedge ratio moves).
    private static void Close(decimal expected, decimal actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12m * Math.Abs(expected), $"{what}: golden {expected}, now {actual}");

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Abs(expected), $"{what}: golden {expected:R}, now {actual:R}");

    public sealed record Golden(string Config, string FinalEquity, double TotalReturn, double Sharpe, double MaxDrawdown, int Fills, string Fees, int RoundTrips, string OrdersSha256, string? Set = null)
    {
        public override string ToString() => Set is null ? Config : $"{Config} --set {Set}";
    }
}
