using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Sextant.Alerts.Tests.Support;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Tests.Shared;

namespace Sextant.Alerts.Tests;

public sealed class AlertManagerTests
{
    private static readonly HttpClient Http = new();
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private static AlertsConfig Config(Uri url, params AlertRuleConfig[] rules) => new()
    {
        Channels = new Dictionary<string, AlertChannelConfig> { ["hook"] = new() { Type = AlertChannelType.Webhook, Url = url.ToString() } },
        Rules = rules,
    };

    private static AlertRuleConfig Rule(AlertEvent e, double? threshold = null, TimeSpan? after = null) =>
        new() { Event = e, Threshold = threshold, After = after ?? TimeSpan.FromSeconds(30), Channels = ["hook"] };

    [Fact]
    public async Task Drawdown_BeyondThresholdForAHundredBars_ReachesTheReceiverOnce()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var sut = AlertManager.Create(Config(receiver.Url, Rule(AlertEvent.Drawdown, threshold: 0.1)), NoEnvironment, Http, time);

        // One bar a minute for 100 minutes: drawdown climbs past 10% at bar 20 and stays beyond (well past the 5-minute throttle).
        for (var bar = 0; bar < 100; bar++)
        {
            sut.OnDrawdown("binanceus", Math.Min(0.15, bar * 0.006));
            time.Advance(TimeSpan.FromMinutes(1));
        }

        await sut.DisposeAsync();

        var (path, body) = Assert.Single(receiver.Received);
        Assert.Equal("/", path);
        Assert.Equal("drawdown", body.GetProperty("event").GetString());
        Assert.Equal("critical", body.GetProperty("severity").GetString());
        Assert.StartsWith("Drawdown 10.2% at binanceus", body.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal((1L, 0L, 0L), sut.Counts); // one sent and nothing throttled: the level rule itself held the other 79 bars back
    }

    [Fact]
    public async Task Drawdown_RecoversThenBreachesAgain_AlertsAgain()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var time = new FakeTimeProvider();
        var sut = AlertManager.Create(Config(receiver.Url, Rule(AlertEvent.Drawdown, threshold: 0.1)), NoEnvironment, Http, time);

        sut.OnDrawdown("total", 0.12);
        time.Advance(TimeSpan.FromMinutes(10));
        sut.OnDrawdown("total", 0.05);
        sut.OnDrawdown("total", 0.11);
        await sut.DisposeAsync();

        Assert.Equal(2, receiver.Received.Count);
    }

    [Fact]
    public async Task KillSwitch_TwiceWithinTheThrottle_SentOnceThenAgainAfterIt()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var time = new FakeTimeProvider();
        var sut = AlertManager.Create(Config(receiver.Url, Rule(AlertEvent.KillSwitch)) with { Throttle = TimeSpan.FromMinutes(5) }, NoEnvironment, Http, time);

        sut.OnKillSwitch(new BrokerId("binanceus"), "max_drawdown 0.2 reached");
        time.Advance(TimeSpan.FromMinutes(1));
        sut.OnKillSwitch(new BrokerId("binanceus"), "max_drawdown 0.2 reached");
        sut.OnKillSwitch(new BrokerId("alpaca"), "max_daily_loss reached");
        time.Advance(TimeSpan.FromMinutes(5));
        sut.OnKillSwitch(new BrokerId("binanceus"), "max_drawdown 0.2 reached");
        await sut.DisposeAsync();

        Assert.Equal(["binanceus", "alpaca", "binanceus"], receiver.Received.Select(r => r.Body.GetProperty("subject").GetString()));
        Assert.Equal(1, sut.Counts.Suppressed);
    }

    [Fact]
    public async Task Disconnect_LongerThanAfter_OneAlertAndReArmedByReconnect()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var time = new FakeTimeProvider();
        var sut = AlertManager.Create(Config(receiver.Url, Rule(AlertEvent.Disconnect, after: TimeSpan.FromSeconds(30))) with { Throttle = TimeSpan.FromSeconds(1) },
            NoEnvironment, Http, time);
        var broker = new BrokerId("binanceus");

        sut.OnConnection(broker, connected: false);
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Empty(await receiver.WaitForAsync(1, TimeSpan.FromMilliseconds(200)));
        time.Advance(TimeSpan.FromSeconds(15)); // 35 s: the timer fires the rule
        Assert.Single(await receiver.WaitForAsync(1));
        time.Advance(TimeSpan.FromMinutes(5)); // still down: no repeat

        sut.OnConnection(broker, connected: true);
        sut.OnConnection(broker, connected: false);
        time.Advance(TimeSpan.FromSeconds(31));
        await receiver.WaitForAsync(2);
        await sut.DisposeAsync();

        Assert.Equal(2, receiver.Received.Count);
        Assert.All(receiver.Received, r => Assert.Equal("disconnect", r.Body.GetProperty("event").GetString()));
    }

    [Fact]
    public async Task StaleData_OlderThanAfter_OnceUntilFresh()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var time = new FakeTimeProvider();
        var sut = AlertManager.Create(Config(receiver.Url, Rule(AlertEvent.StaleData, after: TimeSpan.FromSeconds(90))), NoEnvironment, Http, time);

        sut.OnDataAge("binanceus/BTCUSDT/1m", TimeSpan.FromSeconds(30));
        sut.OnDataAge("binanceus/BTCUSDT/1m", TimeSpan.FromSeconds(95));
        sut.OnDataAge("binanceus/BTCUSDT/1m", TimeSpan.FromSeconds(155));
        await sut.DisposeAsync();

        var (_, body) = Assert.Single(receiver.Received);
        Assert.Equal("stale_data", body.GetProperty("event").GetString());
        Assert.Equal("binanceus/BTCUSDT/1m", body.GetProperty("fields").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Fill_RealOrderManager_SentWithOrderFields()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var sut = AlertManager.Create(Config(receiver.Url, Rule(AlertEvent.Fill), Rule(AlertEvent.Reject)), NoEnvironment, Http, TimeProvider.System);
        var desk = new SimDesk("binanceus", "USDT", 100_000m, new SimulatedClock(new UnixNanos(SimDesk.Minute)), ("BTCUSDT", AssetClass.Crypto));
        desk.Orders.AddListener(sut);
        desk.Bar("BTCUSDT", 37_000);

        var order = await desk.TargetAsync("btc_eth_pair", "BTCUSDT", 0.5m, 37_000m);
        desk.Clock.Advance(TimeSpan.FromMinutes(1));
        desk.Bar("BTCUSDT", 37_010);
        await desk.SubmitDirectAsync("btc_eth_pair", "BTCUSDT", OrderSide.Buy, 0.0001m, 5m); // under the venue's minimum notional
        await sut.DisposeAsync();

        var bodies = receiver.Received.Select(r => r.Body).ToList();
        Assert.Equal(["fill", "reject"], bodies.Select(b => b.GetProperty("event").GetString()));
        Assert.Equal(order!.Id.Value, bodies[0].GetProperty("fields").GetProperty("client_order_id").GetString());
        Assert.Equal("btc_eth_pair", bodies[0].GetProperty("fields").GetProperty("strategy").GetString());
        Assert.Equal("MinNotional", bodies[1].GetProperty("fields").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task FailingChannels_RefusingHangingAndClosed_NeverSlowTradingAndTheGoodChannelStillDelivers()
    {
        await using var good = await LocalReceiver.StartAsync();
        await using var erroring = await LocalReceiver.StartAsync();
        await using var hanging = await LocalReceiver.StartAsync();
        erroring.Status = 500;
        hanging.Delay = TimeSpan.FromSeconds(30);
        var closedPort = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        var timeout = TimeSpan.FromMilliseconds(300);
        var config = new AlertsConfig
        {
            Channels = new Dictionary<string, AlertChannelConfig>
            {
                ["erroring"] = new() { Type = AlertChannelType.Webhook, Url = erroring.Url.ToString(), Timeout = timeout },
                ["hanging"] = new() { Type = AlertChannelType.Slack, Url = hanging.Url.ToString(), Timeout = timeout },
                ["closed"] = new() { Type = AlertChannelType.Discord, Url = closedPort.ToString(), Timeout = timeout },
                ["good"] = new() { Type = AlertChannelType.Webhook, Url = good.Url.ToString() }, // the default 10 s: a loaded machine must not fail it
            },
            Rules = [new AlertRuleConfig { Event = AlertEvent.Fill, Channels = ["erroring", "hanging", "closed", "good"] }],
        };
        var sut = AlertManager.Create(config, NoEnvironment, Http, TimeProvider.System);
        // The same trading once without alerts first, so the timing below is not the JIT's first compile of the order path.
        var warm = new SimDesk("binanceus", "USDT", 1_000_000m, new SimulatedClock(new UnixNanos(SimDesk.Minute)), ("BTCUSDT", AssetClass.Crypto));
        warm.Bar("BTCUSDT", 37_000);
        await warm.TargetAsync("btc_eth_pair", "BTCUSDT", 0.1m, 37_000m);
        warm.Clock.Advance(TimeSpan.FromMinutes(1));
        warm.Bar("BTCUSDT", 37_001);
        var desk = new SimDesk("binanceus", "USDT", 1_000_000m, new SimulatedClock(new UnixNanos(SimDesk.Minute)), ("BTCUSDT", AssetClass.Crypto));
        desk.Orders.AddListener(sut);

        // Trade on: every bar fills a new order while every channel but one is broken.
        var watch = Stopwatch.StartNew();
        for (var i = 1; i <= 3; i++)
        {
            desk.Bar("BTCUSDT", 37_000 + i);
            await desk.TargetAsync("btc_eth_pair", "BTCUSDT", 0.1m * i, 37_000m);
            desk.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        desk.Bar("BTCUSDT", 37_100);
        var tradingTime = watch.Elapsed;

        Assert.Equal(0.3m, desk.Portfolio.PositionOf(new StrategyId("btc_eth_pair"), new Symbol("BTCUSDT"))!.Quantity);
        // Waiting on a failing channel even once would cost at least its 300 ms timeout (the hanging one never answers).
        Assert.True(tradingTime < timeout, $"trading took {tradingTime.TotalMilliseconds} ms while channels failed");
        Assert.Equal(3, (await good.WaitForAsync(3)).Count);
        await sut.DisposeAsync();
        Assert.Equal(9, sut.Counts.Failed);
        Assert.Equal(3, sut.Counts.Sent);
    }

    [Fact]
    public async Task HangingChannel_ListedFirst_DoesNotHoldBackTheAlertsOfAnotherChannel()
    {
        await using var good = await LocalReceiver.StartAsync();
        await using var hanging = await LocalReceiver.StartAsync();
        hanging.Delay = TimeSpan.FromSeconds(30);
        var config = new AlertsConfig
        {
            Channels = new Dictionary<string, AlertChannelConfig>
            {
                ["hanging"] = new() { Type = AlertChannelType.Webhook, Url = hanging.Url.ToString(), Timeout = TimeSpan.FromSeconds(5) },
                ["good"] = new() { Type = AlertChannelType.Webhook, Url = good.Url.ToString() },
            },
            Rules = [new AlertRuleConfig { Event = AlertEvent.KillSwitch, Channels = ["hanging", "good"] }],
        };
        var sut = AlertManager.Create(config, NoEnvironment, Http, TimeProvider.System);

        sut.OnKillSwitch(new BrokerId("binanceus"), "drawdown 21% beyond 20%");

        // Each channel drains its own queue: the good one delivers while the hanging one still waits out its 5 s timeout.
        Assert.Single(await good.WaitForAsync(1, TimeSpan.FromSeconds(4)));
        // The receiver has the request before the manager has the answer and counts it as sent: wait for that too.
        for (var i = 0; i < 80 && sut.Counts.Sent == 0; i++)
        {
            await Task.Delay(25);
        }

        Assert.Equal((1L, 0L, 0L), sut.Counts); // sent while the hanging channel's 5 s timeout still runs
        await sut.DisposeAsync();
        Assert.Equal((1L, 1L, 0L), sut.Counts);
    }

    [Fact]
    public async Task Error_Unhandled_SentAsCritical()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var sut = AlertManager.Create(Config(receiver.Url, Rule(AlertEvent.Error)), NoEnvironment, Http, TimeProvider.System);

        sut.OnError(new InvalidOperationException("journal disk full"), "engine loop");
        await sut.DisposeAsync();

        var (_, body) = Assert.Single(receiver.Received);
        Assert.Equal("critical", body.GetProperty("severity").GetString());
        Assert.Equal("journal disk full", body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Disabled_NothingSent()
    {
        await using var receiver = await LocalReceiver.StartAsync();
        var sut = AlertManager.Create(Config(receiver.Url, Rule(AlertEvent.Error)) with { Enabled = false }, NoEnvironment, Http, TimeProvider.System);

        sut.OnError(new InvalidOperationException("x"), "engine");
        await sut.DisposeAsync();

        Assert.Empty(receiver.Received);
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
