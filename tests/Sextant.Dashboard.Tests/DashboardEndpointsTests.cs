using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sextant.Core.Instruments;
using Sextant.Dashboard.Source;
using Sextant.Dashboard.Tests.Support;
using Sextant.Tests.Shared;

namespace Sextant.Dashboard.Tests;

/// <summary>Every JSON view against a real two-broker run (simulated venues, real orders, fills and portfolios).</summary>
public sealed class DashboardEndpointsTests : IAsyncLifetime, IDisposable
{
    private readonly TestRun _run = new();
    private DashboardFactory _sut = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _run.SeedAsync();
        _sut = new DashboardFactory(_run.Recorder);
        _client = _sut.Authorized();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _client.Dispose();
        _sut.Dispose();
    }

    private async Task<JsonElement> Get(string path) => await _client.GetFromJsonAsync<JsonElement>(path);

    [Fact]
    public async Task Overview_SeededRun_TotalsEqualTheSumOfBrokers()
    {
        var overview = await Get("/api/overview");

        Assert.Equal("crypto_pair", overview.GetProperty("runName").GetString());
        Assert.Equal("paper", overview.GetProperty("mode").GetString());
        var brokers = overview.GetProperty("brokers").EnumerateArray().ToList();
        Assert.Equal(["alpaca", "binanceus"], brokers.Select(b => b.GetProperty("name").GetString()));
        var total = overview.GetProperty("total");
        Assert.Equal(_run.Meta.Equity, total.GetProperty("equity").GetDecimal());
        Assert.Equal(brokers.Sum(b => b.GetProperty("equity").GetDecimal()), total.GetProperty("equity").GetDecimal());
        Assert.Equal(_run.Meta.NetPnl, total.GetProperty("netPnl").GetDecimal());
        Assert.InRange(total.GetProperty("maxDrawdown").GetDouble(), 0, 0.05);
    }

    [Fact]
    public async Task Equity_FourMinutes_SeriesForTotalAndEachBrokerWithDrawdown()
    {
        var series = (await Get("/api/equity")).GetProperty("series").EnumerateArray().ToList();

        Assert.Equal(["total", "alpaca", "binanceus"], series.Select(s => s.GetProperty("name").GetString()));
        foreach (var s in series)
        {
            Assert.Equal(4, s.GetProperty("t").GetArrayLength());
            Assert.Equal(4, s.GetProperty("equity").GetArrayLength());
            Assert.Equal(0, s.GetProperty("drawdown")[0].GetDouble());
        }

        Assert.Equal(_run.Meta.Equity, series[0].GetProperty("equity")[3].GetDecimal());
    }

    [Fact]
    public async Task Positions_SeededRun_EveryOpenPositionWithItsValueAndPnl()
    {
        var positions = (await Get("/api/positions")).EnumerateArray().ToDictionary(p => p.GetProperty("symbol").GetString()!);

        Assert.Equal(["BTCUSDT", "ETHUSDT", "SPY"], positions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("binanceus", positions["BTCUSDT"].GetProperty("broker").GetString());
        Assert.Equal("btc_eth_pair", positions["ETHUSDT"].GetProperty("strategy").GetString());
        Assert.Equal("Equity", positions["SPY"].GetProperty("assetClass").GetString());
        Assert.Equal(0.5m, positions["BTCUSDT"].GetProperty("quantity").GetDecimal());
        Assert.Equal(-9.2m, positions["ETHUSDT"].GetProperty("quantity").GetDecimal());
        Assert.Equal(37_080m, positions["BTCUSDT"].GetProperty("mark").GetDecimal()); // the last minute's close
        foreach (var p in positions.Values)
        {
            var quantity = p.GetProperty("quantity").GetDecimal();
            var mark = p.GetProperty("mark").GetDecimal();
            Assert.Equal(quantity * mark, p.GetProperty("marketValue").GetDecimal());
            Assert.Equal((mark - p.GetProperty("averageCost").GetDecimal()) * quantity, p.GetProperty("unrealizedPnl").GetDecimal());
            Assert.NotNull(p.GetProperty("openedAt").GetString());
        }
    }

    [Fact]
    public async Task Endpoints_EveryJsonViewWithTheToken_AnswersJson()
    {
        // Every GET under /api that takes no route value, as mapped: a view added later is checked here too.
        var views = _sut.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && e.RoutePattern.Parameters.Count == 0
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern.RawText!).ToList();

        Assert.Equal(["/api/brokers", "/api/equity", "/api/events", "/api/fills", "/api/live", "/api/logs", "/api/orders", "/api/overview", "/api/positions",
            "/api/report", "/api/signals", "/api/strategies"], views.Order(StringComparer.Ordinal));
        foreach (var view in views.Where(v => v is not "/api/events" and not "/api/report")) // the stream and the report view have tests of their own
        {
            using var response = await _client.GetAsync(view);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{view}: {response.StatusCode}");
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(json.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array, view);
        }
    }

    [Fact]
    public async Task Orders_RestingLimit_ListedWithItsClientOrderId()
    {
        var orders = await Get("/api/orders");

        var order = Assert.Single(orders.EnumerateArray());
        Assert.Equal("BTCUSDT", order.GetProperty("symbol").GetString());
        Assert.Equal(30_000m, order.GetProperty("limitPrice").GetDecimal());
        Assert.Equal("Accepted", order.GetProperty("status").GetString());
        Assert.Equal(_run.Crypto.Orders.OpenOrders.Single().Id.Value, order.GetProperty("clientOrderId").GetString());
    }

    [Fact]
    public async Task Cancel_OpenOrder_GoesThroughTheOrderManager()
    {
        var id = _run.Crypto.Orders.OpenOrders.Single().Id;

        var response = await _client.PostAsync($"/api/orders/{id.Value}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Sent", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        // The simulated venue confirms at once: the order manager moved it to Canceled and the dashboard no longer lists it.
        Assert.Equal(Core.Orders.OrderStatus.Canceled, _run.Crypto.Orders.Find(id)!.Status);
        Assert.Equal(0, (await Get("/api/orders")).GetArrayLength());

        var again = await _client.PostAsync($"/api/orders/{id.Value}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("no-such-order", HttpStatusCode.NotFound)]
    [InlineData("has space", HttpStatusCode.BadRequest)]
    public async Task Cancel_BadOrUnknownId_Refused(string id, HttpStatusCode expected)
    {
        var response = await _client.PostAsync($"/api/orders/{Uri.EscapeDataString(id)}/cancel", null);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Cancel_ByCookieWithoutActionHeader_Forbidden()
    {
        var id = _run.Crypto.Orders.OpenOrders.Single().Id;
        var client = _sut.Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", "sextant_token=" + DashboardFactory.TokenValue);

        var response = await client.PostAsync($"/api/orders/{id.Value}/cancel", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Core.Orders.OrderStatus.Accepted, _run.Crypto.Orders.Find(id)!.Status);
    }

    [Fact]
    public async Task Fills_ThreeFills_NewestFirstWithFees()
    {
        var fills = (await Get("/api/fills")).EnumerateArray().ToList();

        Assert.Equal(3, fills.Count);
        Assert.Equal(["SPY", "ETHUSDT", "BTCUSDT"], fills.Select(f => f.GetProperty("symbol").GetString()));
        var eth = fills[1];
        Assert.Equal("Sell", eth.GetProperty("side").GetString());
        Assert.Equal(9.2m, eth.GetProperty("quantity").GetDecimal());
        Assert.True(eth.GetProperty("fee").GetDecimal() > 0);
        Assert.Equal("btc_eth_pair", eth.GetProperty("strategy").GetString());
    }

    [Fact]
    public async Task Signals_WithMetadata_ShowsZScoreAndHedgeRatio()
    {
        var signal = Assert.Single((await Get("/api/signals")).EnumerateArray());

        Assert.Equal("Target", signal.GetProperty("action").GetString());
        Assert.Equal(2.31, signal.GetProperty("metadata").GetProperty("z_score").GetDouble());
        Assert.Equal(18.4, signal.GetProperty("metadata").GetProperty("hedge_ratio").GetDouble());
        Assert.Equal("entry", signal.GetProperty("metadata").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Signals_NaNZScore_WrittenNotFailed()
    {
        _run.Recorder.RecordSignal(new Core.Signals.Signal(new Symbol("BTCUSDT"), Core.Signals.SignalAction.Flatten, AssetClass.Crypto,
            new StrategyId("btc_eth_pair"), _run.Clock.Now, metadata: new Dictionary<string, object> { ["z_score"] = double.NaN }));

        var signals = await Get("/api/signals");

        Assert.Equal("NaN", signals[0].GetProperty("metadata").GetProperty("z_score").GetString());
    }

    [Fact]
    public async Task Strategies_SeededRun_CountsAndPnlPerStrategy()
    {
        var strategies = (await Get("/api/strategies")).EnumerateArray().ToDictionary(s => s.GetProperty("strategy").GetString()!);

        var pair = strategies["btc_eth_pair"];
        Assert.Equal(1, pair.GetProperty("signals").GetInt32());
        Assert.Equal(3, pair.GetProperty("orders").GetInt32());
        Assert.Equal(2, pair.GetProperty("fills").GetInt32());
        var pnl = _run.Crypto.Portfolio.Snapshot(_run.Clock.Now).Strategies.Single(s => s.Strategy.Value == "btc_eth_pair");
        Assert.Equal(pnl.NetPnl, pair.GetProperty("netPnl").GetDecimal());
        Assert.Equal(1, strategies["spy_trend"].GetProperty("fills").GetInt32());
    }

    [Fact]
    public async Task Brokers_HealthReported_ShowsRateLimitUsageAndDataTime()
    {
        _run.Recorder.SetBrokerHealth(new BrokerHealth
        {
            Broker = new BrokerId("binanceus"), Connected = true, LastDataTime = _run.Clock.Now, RateLimitUsed = 300, RateLimitLimit = 1200, Reconnects = 2,
        });
        _run.Recorder.SetBrokerHealth(new BrokerHealth { Broker = new BrokerId("alpaca"), Connected = false, KillSwitch = true, Note = "max_drawdown 0.2 reached" });

        var brokers = (await Get("/api/brokers")).EnumerateArray().ToList();

        Assert.Equal(["alpaca", "binanceus"], brokers.Select(b => b.GetProperty("broker").GetString()));
        Assert.True(brokers[0].GetProperty("killSwitch").GetBoolean());
        Assert.Equal(0.25, brokers[1].GetProperty("rateLimitUsage").GetDouble());
        Assert.Equal(2, brokers[1].GetProperty("reconnects").GetInt32());
        Assert.True(brokers[1].GetProperty("dataAgeSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task Logs_SerilogEventsThroughTheTailSink_ShowMessageAndOrderProperties()
    {
        using (var logger = new Serilog.LoggerConfiguration().WriteTo.Sink(new Logs.LogTailSink(_run.Log)).CreateLogger())
        {
            logger.Information("Order {ClientOrderId} filled ({Strategy} via {Broker})", "pair-1-0-0", "btc_eth_pair", "binanceus");
        }

        var line = (await Get("/api/logs?max=10")).EnumerateArray().Last();

        Assert.Equal("Information", line.GetProperty("level").GetString());
        Assert.Equal("Order pair-1-0-0 filled (btc_eth_pair via binanceus)", line.GetProperty("message").GetString());
        Assert.Equal("pair-1-0-0", line.GetProperty("properties").GetProperty("ClientOrderId").GetString());
        Assert.Equal("binanceus", line.GetProperty("properties").GetProperty("Broker").GetString());
    }

    [Fact]
    public async Task Live_SeededRun_OneDocumentWithEveryView()
    {
        var live = await Get("/api/live");

        Assert.Equal(_run.Recorder.Current.Version, live.GetProperty("version").GetInt64());
        Assert.Equal(3, live.GetProperty("positions").GetArrayLength());
        Assert.Equal(3, live.GetProperty("equityTail").GetArrayLength());
        Assert.Equal(1, live.GetProperty("orders").GetArrayLength());
    }

    [Fact]
    public async Task Metrics_WithToken_PrometheusText()
    {
        _sut.Metrics.TotalEquity(_run.Meta.Equity, 0.01);

        var response = await _client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("sextant_equity{broker=\"total\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_WithToken_ServesThePageAndTheVendoredChartLibrary()
    {
        var page = await _client.GetAsync("/");
        var chart = await _client.GetAsync("/assets/vendor/uPlot.iife.min.js");
        var missing = await _client.GetAsync("/assets/../Sextant.Dashboard.dll");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"equity-chart\"", html);
        Assert.DoesNotContain("http", html.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal); // nothing from a CDN
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("text/javascript", chart.Content.Headers.ContentType!.MediaType);
        Assert.Contains("uPlot", await chart.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
