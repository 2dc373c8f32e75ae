using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sextant.Cli.Tests.Support;
using static Sextant.Cli.Tests.Support.PaperRunFixture;

namespace Sextant.Cli.Tests.Observability;

/// <summary>
/// <c>sextant run</c> with <c>dashboard.enabled</c> against the exchange emulator: the dashboard and /metrics serve the run's
/// live state (real bars, real orders and fills through the simulated venues), behind the token.
/// </summary>
public sealed class PaperRunDashboardTests(PaperRunFixture run) : IClassFixture<PaperRunFixture>
{
    [Fact]
    public async Task Metrics_PaperRunOnTheEmulator_NonZeroOrderAndFillCountersEquityDrawdownAndDataLag()
    {
        var text = await run.Client.GetStringAsync("metrics");

        foreach (var broker in new[] { "binanceus", "alpaca" })
        {
            Assert.True(Value(text, "sextant_orders_submitted_total", broker) > 0, text);
            Assert.True(Value(text, "sextant_fills_total", broker) > 0, text);
            Assert.True(Value(text, "sextant_filled_notional_total", broker) > 0, text);
            Assert.InRange(Value(text, "sextant_equity", broker), 90_000, 110_000);
            Assert.Contains($"sextant_drawdown_ratio{{broker=\"{broker}\"}}", text, StringComparison.Ordinal);
            Assert.Contains($"sextant_reconnects_total{{broker=\"{broker}\",stream=\"bars\"}}", text, StringComparison.Ordinal);
        }

        Assert.InRange(Value(text, "sextant_equity", "total"), 180_000, 220_000);
        Assert.Contains("sextant_data_lag_seconds{source=\"binanceus/BTCUSDT/1m\"}", text, StringComparison.Ordinal);
        Assert.Contains("sextant_data_lag_seconds{source=\"alpaca/SPY/1m\"}", text, StringComparison.Ordinal);
        Assert.Contains("sextant_order_latency_seconds_count{broker=\"binanceus\"}", text, StringComparison.Ordinal);
        foreach (var broker in new[] { "binanceus", "alpaca" })
        {
            // Every order a bar led to has its reaction time; orders made otherwise (none in this run) would not.
            var reactions = Value(text, "sextant_bar_to_order_seconds_count", broker);
            Assert.InRange(reactions, 1, Value(text, "sextant_orders_submitted_total", broker));
        }
    }

    [Fact]
    public async Task Metrics_StreamsDroppedByTheVenue_ReconnectsCountedAndConnectedAgain()
    {
        var before = Value(await run.Client.GetStringAsync("metrics"), "sextant_reconnects_total", "binanceus");

        Assert.True(run.Emulator.Control.DropStreams() > 0);

        var text = await run.WaitForMetricsAsync(t => Value(t, "sextant_reconnects_total", "binanceus") > before
            && Value(t, "sextant_reconnects_total", "alpaca") > 0
            && Value(t, "sextant_broker_connected", "binanceus") == 1 && Value(t, "sextant_broker_connected", "alpaca") == 1);
        Assert.Contains("is connected again", string.Join('\n', Directory.GetFiles(run.LogDirectory).Select(ReadShared)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_PaperRun_ViewsShowTheRunsLiveState()
    {
        var overview = await Get("api/overview");
        Assert.Equal("paper", overview.GetProperty("mode").GetString());
        Assert.Equal(["alpaca", "binanceus"], overview.GetProperty("brokers").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.True(overview.GetProperty("total").GetProperty("equity").GetDecimal() > 0);

        var fills = await Get("api/fills");
        Assert.Contains(fills.EnumerateArray(), f => f.GetProperty("broker").GetString() == "binanceus" && f.GetProperty("symbol").GetString() == "BTCUSDT");
        Assert.Contains(fills.EnumerateArray(), f => f.GetProperty("broker").GetString() == "alpaca" && f.GetProperty("symbol").GetString() == "SPY");

        var signals = (await Get("api/signals")).EnumerateArray().ToList();
        Assert.Contains(signals, s => s.GetProperty("strategy").GetString() == "btc_trend" && s.GetProperty("metadata").TryGetProperty("fast_ma", out _));
        Assert.Contains(signals, s => s.GetProperty("strategy").GetString() == "spy_reversion" && s.GetProperty("metadata").TryGetProperty("z", out _));

        var strategies = (await Get("api/strategies")).EnumerateArray().ToDictionary(s => s.GetProperty("strategy").GetString()!);
        Assert.True(strategies["btc_trend"].GetProperty("fills").GetInt32() > 0);
        Assert.True(strategies["spy_reversion"].GetProperty("orders").GetInt32() > 0);

        var brokers = (await Get("api/brokers")).EnumerateArray().ToDictionary(b => b.GetProperty("broker").GetString()!);
        Assert.True(brokers["binanceus"].GetProperty("connected").GetBoolean());
        Assert.Equal(1200, brokers["binanceus"].GetProperty("rateLimitLimit").GetInt32());
        Assert.InRange(brokers["alpaca"].GetProperty("dataAgeSeconds").GetDouble(), 0, 30);

        var equity = (await Get("api/equity")).GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.True(equity["total"].GetProperty("t").GetArrayLength() >= 2);
        Assert.Equal(equity["total"].GetProperty("t").GetArrayLength(), equity["binanceus"].GetProperty("equity").GetArrayLength());

        var positions = await run.WaitForAsync(() => Get("api/positions"), p => p.GetArrayLength() > 0);
        Assert.All(positions.EnumerateArray(), p => Assert.NotEqual(0m, p.GetProperty("quantity").GetDecimal()));

        var logs = (await Get("api/logs?max=500")).EnumerateArray().ToList();
        Assert.Contains(logs, l => l.GetProperty("message").GetString()!.Contains("submitted", StringComparison.Ordinal)
            && l.GetProperty("properties").TryGetProperty("ClientOrderId", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("api/live")]
    [InlineData("api/events")]
    [InlineData("metrics")]
    public async Task Dashboard_WithoutTheToken_Refused(string path)
    {
        using var anonymous = new HttpClient { BaseAddress = run.Dashboard };
        using var wrong = new HttpRequestMessage(HttpMethod.Get, path);
        wrong.Headers.Authorization = new("Bearer", "not-the-token-0123456789");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("api/orders/btc_trend-1-0-0/cancel", null)).StatusCode);
    }

    [Fact]
    public void Output_TokenFromTheEnvironment_NeverPrintedOrLogged()
    {
        var logs = string.Join('\n', Directory.GetFiles(run.LogDirectory).Select(ReadShared));

        Assert.Contains("?token=<value of $SEXTANT_DASHBOARD_TOKEN>", run.Session.Error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Session.Printed + logs, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Emulator.Options.Secret, run.Session.Printed + logs, StringComparison.Ordinal);
    }

    [Fact]
    public void Logs_PaperRun_EveryOrderLineCarriesClientOrderIdStrategyAndBroker()
    {
        var lines = Directory.GetFiles(run.LogDirectory).SelectMany(f => ReadShared(f).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // A line is about an order when its template names one; 3005 is a venue event for an order this manager never created (no strategy to name).
        var orderLines = lines.Where(l => l.GetProperty("@mt").GetString()!.Contains("{ClientOrderId}", StringComparison.Ordinal)
            && !(l.TryGetProperty("EventId", out var id) && id.GetProperty("Id").GetInt32() == 3005)).ToList();

        Assert.True(orderLines.Count >= 10, $"only {orderLines.Count} order lines in {lines.Count}");
        Assert.All(orderLines, l =>
        {
            foreach (var name in new[] { "ClientOrderId", "Strategy", "Broker" })
            {
                Assert.True(l.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 }, $"{name} missing: {l}");
            }
        });
        Assert.Contains(orderLines, l => l.GetProperty("Broker").GetString() == "alpaca" && l.GetProperty("Strategy").GetString() == "spy_reversion");
    }

    private async Task<JsonElement> Get(string path) => await run.Client.GetFromJsonAsync<JsonElement>(path);

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
