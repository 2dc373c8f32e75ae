using System.Text.Json.Nodes;
using Sextant.Cli.Tests.Support;
using Sextant.Emulator;

namespace Sextant.Cli.Tests.Commands;

public sealed class BrokerCommandsTests
{
    private static Dictionary<string, string> Environment(EmulatorHost host) => new()
    {
        ["BINANCEUS_API_KEY"] = host.Options.Key,
        ["BINANCEUS_API_SECRET"] = host.Options.Secret,
        ["SEXTANT__BROKERS__BINANCEUS__BASE_URL"] = host.BaseUrl.ToString(),
        ["ALPACA_KEY_ID"] = host.Options.Key,
        ["ALPACA_SECRET_KEY"] = host.Options.Secret,
        ["SEXTANT__BROKERS__ALPACA__BASE_URL"] = host.BaseUrl.ToString(),
    };

    [Fact]
    public async Task Balances_BinanceUsAgainstTheEmulator_PrintsATable()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });

        var result = await CliRunner.RunAsync(Environment(host), "broker", "balances", "--broker", "binanceus");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("binanceus balances", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"USDT\s+100000\s+0\s+100000", result.Output);
        Assert.DoesNotContain(host.Options.Secret, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Balances_AlpacaAsJson_ListsUsd()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });

        var result = await CliRunner.RunAsync(Environment(host), "broker", "balances", "--broker", "alpaca", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var usd = JsonNode.Parse(result.Output)!.AsArray().Single()!;
        Assert.Equal(("USD", 100000m), ((string)usd["asset"]!, (decimal)usd["total"]!));
    }

    [Fact]
    public async Task OrdersAndCancel_OpenLimitOrder_IsListedThenCancelled()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        http.DefaultRequestHeaders.Add("APCA-API-KEY-ID", host.Options.Key);
        http.DefaultRequestHeaders.Add("APCA-API-SECRET-KEY", host.Options.Secret);
        using var body = new StringContent("""{"symbol":"SPY","qty":"1","side":"buy","type":"limit","limit_price":"100","time_in_force":"day","client_order_id":"cli-1"}""", System.Text.Encoding.UTF8, "application/json");
        (await http.PostAsync("v2/orders", body)).EnsureSuccessStatusCode();

        var orders = await CliRunner.RunAsync(Environment(host), "broker", "orders", "--broker", "alpaca");
        var cancel = await CliRunner.RunAsync(Environment(host), "broker", "cancel", "cli-1", "--broker", "alpaca");

        Assert.Contains("cli-1", orders.Output, StringComparison.Ordinal);
        Assert.True(cancel.ExitCode == 0, cancel.Error);
        Assert.Equal("canceled", host.Control.OrderStatus("cli-1"));
    }

    [Fact]
    public async Task Balances_KeyVariableMissing_NamesItAndExits2()
    {
        var result = await CliRunner.RunAsync(new Dictionary<string, string>(), "broker", "balances", "--broker", "binanceus");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BINANCEUS_API_KEY", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_Verb_ServesUntilCancelled()
    {
        using var output = new StringWriter();
        using var cts = new CancellationTokenSource();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Null, new Dictionary<string, string> { ["SEXTANT_EMULATOR_KEY"] = "k-from-env" }, CliRunner.RepoRoot);
        var run = SextantApp.RunAsync(["emulator", "--port", "0", "--speed", "0"], context, cts.Token);
        for (var i = 0; i < 500 && !output.ToString().Contains("In another terminal", StringComparison.Ordinal); i++)
        {
            await Task.Delay(10);
        }

        var url = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"http://127\.0\.0\.1:\d+").Value;
        using var http = new HttpClient();
        var ping = await http.GetStringAsync(url + "/api/v3/ping");
        await cts.CancelAsync();

        Assert.Equal(0, await run);
        Assert.Equal("{}", ping);
        Assert.Contains("key k-from-env", output.ToString(), StringComparison.Ordinal);
    }
}
