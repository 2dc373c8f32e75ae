using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Sextant.Alerts;
using Sextant.Alerts.Channels;
using Sextant.Cli.Observability;
using Sextant.Cli.Tests.Support;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Engine.Observability;
using Sextant.Metrics;
using Sextant.Tests.Shared;

namespace Sextant.Cli.Tests.Observability;

public sealed class EngineObserversTests
{
    [Fact]
    public async Task OnBar_TenThousandBarsWithADrawdownRule_AllocatesNothing()
    {
        var clock = new SimulatedClock(new UnixNanos(SimDesk.Minute));
        var desk = new SimDesk("binanceus", "USDT", 100_000m, clock, ("BTCUSDT", AssetClass.Crypto));
        await desk.TargetAsync("btc_trend", "BTCUSDT", 0.5m, 37_000m);
        desk.Bar("BTCUSDT", 37_000); // fills: from now on every mark moves equity and drawdown
        Assert.True(desk.Portfolio.TryGetInstrumentIndex(new Symbol("BTCUSDT"), out var btc));
        var key = new SeriesKey(new VenueId("binanceus"), new Symbol("BTCUSDT"), BarInterval.OneMinute);
        using var gate = new EngineGate();
        var view = new EngineView("paper", [new EngineBrokerView(desk.Id, desk.Orders, desk.Portfolio, desk.Risk, [key])],
            [new EngineSourceView("binanceus", [key], null)], () => clock.Now, gate);
        var rules = new AlertsConfig { Rules = [new AlertRuleConfig { Event = AlertEvent.Drawdown, Threshold = 0.5, Channels = ["hook"] }] };
        await using var alerts = new AlertManager(rules, new Dictionary<string, IAlertChannel>(), TimeProvider.System);
        await using var sut = new EngineObservers("alloc", new SextantMetrics(), alerts, null, dashboard: false, TimeProvider.System, NullLogger.Instance,
            sampleInterval: TimeSpan.FromHours(1));
        sut.OnStart(view);
        var bar = new LiveBar(key, new Bar(clock.Now, 37_000, 37_000, 37_000, 37_000, 1));

        long allocated = -1;
        await gate.RunAsync(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                desk.Portfolio.Mark(btc, 37_000 + (i % 50));
                sut.OnBar(in bar);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10_000; i++)
            {
                desk.Portfolio.Mark(btc, 36_000 + (i % 2_000)); // drawdowns up to ~1.4%, below the rule's 50%
                sut.OnBar(in bar);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, CancellationToken.None);

        Assert.Equal(0L, allocated);
    }

    [Fact]
    public async Task Sample_AfterBars_MetricsAndDashboardCarryEquityDrawdownDataLagAndHealth()
    {
        var clock = new SimulatedClock(new UnixNanos(SimDesk.Minute));
        var desk = new SimDesk("binanceus", "USDT", 100_000m, clock, ("BTCUSDT", AssetClass.Crypto));
        var key = new SeriesKey(new VenueId("binanceus"), new Symbol("BTCUSDT"), BarInterval.OneMinute);
        using var gate = new EngineGate();
        var view = new EngineView("paper", [new EngineBrokerView(desk.Id, desk.Orders, desk.Portfolio, desk.Risk, [key])],
            [new EngineSourceView("binanceus", [key], null)], () => clock.Now, gate);
        var metrics = new SextantMetrics();
        await using var sut = new EngineObservers("sample", metrics, null, new Dashboard.Logs.LogTail(), dashboard: true, TimeProvider.System, NullLogger.Instance,
            sampleInterval: TimeSpan.FromHours(1));
        sut.OnStart(view);
        desk.Bar("BTCUSDT", 37_000); // a price for the venue to check the order against
        await desk.TargetAsync("btc_trend", "BTCUSDT", 1m, 37_000m);

        var peak = 0.0;
        foreach (var price in new[] { 37_000.0, 38_000.0, 36_100.0 })
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            desk.Bar("BTCUSDT", price); // the first of these fills the buy
            sut.OnBar(new LiveBar(key, new Bar(clock.Now, price, price, price, price, 1)));
            peak = Math.Max(peak, desk.Portfolio.EquityEstimate);
            sut.Sample();
        }

        var text = await metrics.ExportTextAsync(CancellationToken.None);
        Assert.Equal(1 - (desk.Portfolio.EquityEstimate / peak), PaperRunFixture.Value(text, "sextant_drawdown_ratio", "binanceus"), 9);
        Assert.Equal((double)desk.Portfolio.Equity, PaperRunFixture.Value(text, "sextant_equity", "binanceus"), 6);
        Assert.True(PaperRunFixture.Value(text, "sextant_fills_total", "binanceus") == 1, text);
        Assert.Equal(1, PaperRunFixture.Value(text, "sextant_orders_submitted_total", "binanceus"));
        Assert.Contains("sextant_data_lag_seconds{source=\"binanceus/BTCUSDT/1m\"}", text, StringComparison.Ordinal);
        var health = Assert.Single(sut.Recorder!.Current.Brokers);
        Assert.True(health.Connected);
        Assert.NotNull(health.LastDataTime);
        Assert.Equal(3, sut.Recorder.Current.TotalEquity.Count);
        Assert.Single(sut.Recorder.Current.RecentFills);
    }

    [Fact]
    public async Task Sample_BrokerWithARequestBudget_ShowsItInTheDashboardsBrokerHealth()
    {
        var clock = new SimulatedClock(new UnixNanos(SimDesk.Minute));
        var desk = new SimDesk("alpaca", "USD", 100_000m, clock, ("AIG", AssetClass.Equity));
        var key = new SeriesKey(new VenueId("alpaca"), new Symbol("AIG"), BarInterval.OneMinute);
        using var gate = new EngineGate();
        var view = new EngineView("paper", [new EngineBrokerView(desk.Id, desk.Orders, desk.Portfolio, desk.Risk, [key], new Budget(150, 200))],
            [new EngineSourceView("alpaca", [key], null)], () => clock.Now, gate);
        await using var sut = new EngineObservers("budget", new SextantMetrics(), null, new Dashboard.Logs.LogTail(), dashboard: true, TimeProvider.System, NullLogger.Instance,
            sampleInterval: TimeSpan.FromHours(1));
        sut.OnStart(view);
        sut.OnBar(new LiveBar(key, new Bar(clock.Now, 20, 20, 20, 20, 1)));

        sut.Sample();

        var health = Assert.Single(sut.Recorder!.Current.Brokers);
        Assert.Equal((150, 200), (health.RateLimitUsed, health.RateLimitLimit));
    }

    [Theory]
    [InlineData(300, 1200, 150, 200, 150, 200)]    // 75% of the order API's budget beats 25% of the data source's
    [InlineData(900, 1200, 100, 200, 900, 1200)]   // 75% beats 50%
    [InlineData(null, null, 10, 200, 10, 200)]     // a budget that says nothing yields
    [InlineData(10, null, 10, 200, 10, 200)]       // one with a limit beats one without
    public void Tighter_OfTwoBudgets_IsTheOneNearerItsLimit(int? usedA, int? limitA, int? usedB, int? limitB, int? used, int? limit) =>
        Assert.Equal((used, limit), EngineObservers.Tighter((usedA, limitA), (usedB, limitB)));

    private sealed class Budget(int used, int limit) : Sextant.Execution.Brokers.IRequestBudget
    {
        public int? RequestsUsed => used;

        public int? RequestLimit => limit;
    }

    [Theory]
    [InlineData(true, 0)] // an equity-only broker: the weekend and the hour before the open do not count
    [InlineData(false, 1)] // the same series counted on the wall clock: stale two minutes into Saturday
    public async Task StaleData_EquitySeries_CountsOnlyRegularSessionTime(bool equityOnly, int expected)
    {
        await using var receiver = await LocalReceiver.StartAsync();
        // Saturday 2024-01-06 15:00 UTC (10:00 New York); the market next opens Monday 2024-01-08 09:30 New York = 14:30 UTC
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 1, 6, 15, 0, 0, TimeSpan.Zero));
        var desk = new SimDesk("alpaca", "USD", 100_000m, new SimulatedClock(new UnixNanos(SimDesk.Minute)), ("AIG", AssetClass.Equity));
        var key = new SeriesKey(new VenueId("alpaca"), new Symbol("AIG"), BarInterval.OneMinute);
        using var gate = new EngineGate();
        var view = new EngineView("paper", [new EngineBrokerView(desk.Id, desk.Orders, desk.Portfolio, desk.Risk, [key])],
            [new EngineSourceView("alpaca", [key], null)], () => new UnixNanos(SimDesk.Minute), gate);
        var config = new AlertsConfig
        {
            Channels = new Dictionary<string, AlertChannelConfig> { ["hook"] = new() { Type = AlertChannelType.Webhook, Url = receiver.Url.ToString() } },
            Rules = [new AlertRuleConfig { Event = AlertEvent.StaleData, After = TimeSpan.FromMinutes(2), Channels = ["hook"] }],
        };
        using var http = new HttpClient();
        var alerts = AlertManager.Create(config, new Dictionary<string, string>(), http, time);
        await using (var sut = new EngineObservers("stale", new SextantMetrics(), alerts, null, dashboard: false, time, NullLogger.Instance,
            sampleInterval: TimeSpan.FromDays(30), equityOnly: _ => equityOnly))
        {
            sut.OnStart(view);
            foreach (var step in new[] { TimeSpan.FromMinutes(5), TimeSpan.FromHours(12), TimeSpan.FromHours(35) }) // to Monday 14:05 UTC, 09:05 New York
            {
                time.Advance(step);
                sut.Sample();
            }

            await alerts.DisposeAsync(); // delivers what was raised so far
            Assert.Equal(expected, receiver.Received.Count);
        }

        if (equityOnly)
        {
            // the same run, on to Monday 09:35 New York: five session minutes without a bar are stale
            await using var receiver2 = await LocalReceiver.StartAsync();
            var config2 = config with { Channels = new Dictionary<string, AlertChannelConfig> { ["hook"] = new() { Type = AlertChannelType.Webhook, Url = receiver2.Url.ToString() } } };
            var start = new FakeTimeProvider(new DateTimeOffset(2024, 1, 6, 15, 0, 0, TimeSpan.Zero));
            var alerts2 = AlertManager.Create(config2, new Dictionary<string, string>(), http, start);
            await using var sut2 = new EngineObservers("stale", new SextantMetrics(), alerts2, null, dashboard: false, start, NullLogger.Instance,
                sampleInterval: TimeSpan.FromDays(30), equityOnly: _ => true);
            sut2.OnStart(view);
            start.Advance(new DateTimeOffset(2024, 1, 8, 14, 29, 0, TimeSpan.Zero) - start.GetUtcNow());
            sut2.Sample(); // 09:29: nothing yet
            start.Advance(TimeSpan.FromMinutes(6));
            sut2.Sample(); // 09:35: five session minutes
            await alerts2.DisposeAsync();
            var (_, body) = Assert.Single(receiver2.Received);
            Assert.Equal("stale_data", body.GetProperty("event").GetString());
            Assert.Equal("alpaca/AIG/1m", body.GetProperty("fields").GetProperty("source").GetString());
        }
    }
}
