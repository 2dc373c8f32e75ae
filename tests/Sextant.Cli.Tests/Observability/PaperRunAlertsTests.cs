using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sextant.Cli.Tests.Support;
using Sextant.Tests.Shared;

namespace Sextant.Cli.Tests.Observability;

/// <summary>
/// Alerts fired by the engine of a real paper run (<c>sextant run</c> on the emulator's bar stream, prices set by the test)
/// and delivered to a webhook receiver on 127.0.0.1; and dashboard actions on that run.
/// </summary>
public sealed class PaperRunAlertsTests
{
    private const decimal Low = 18_500m;

    [Fact]
    public async Task Run_DrawdownBeyondTheThresholdForThirtyBars_OneAlertPerSubjectAlongWithFillKillSwitchAndReject()
    {
        // Throttle 1 ms (DrivenRun): only the level rule's edge trigger can keep a drawdown to one alert.
        await using var run = await DrivenRun.StartAsync(
            ["{ event: drawdown, threshold: 0.002 }", "{ event: fill }", "{ event: kill_switch }", "{ event: reject }"],
            "--set", "risk.max_drawdown=0.003");

        // Falling warm-up (the first full bar only sets the side), a cross up (buy, filled on the next bar) to a peak, then a
        // 9% drop: drawdown ~0.4% (alert at 0.2%, kill switch at 0.3%), the cross down sells to flat (reduce-only passes the
        // kill switch), and 30 flat bars stay beyond the threshold. A cross up is then refused (kill switch): the reject.
        run.Bars(20_000m, 19_990m, 19_980m, 19_970m, 20_100m, 20_200m, 20_300m, 20_400m, Low);
        run.Bars([.. Enumerable.Repeat(Low, 30), 19_000m]);
        var first = await run.AlertsAsync("reject", 1);
        // More bars beyond the threshold, then a second refused cross: every alert of the bars before it has been delivered once it arrives.
        run.Bars([.. Enumerable.Repeat(Low, 30), 19_000m]);
        await run.AlertsAsync("reject", 2);
        // The gauge is set by the sampler (every 250 ms), which may not have run since the last bar yet.
        await run.UntilAsync(async () => PaperRunFixture.Value(await run.Client.GetStringAsync("metrics"), "sextant_drawdown_ratio", "binanceus") >= 0.002 ? "beyond" : null,
            "the drawdown gauge never showed the drawdown beyond the threshold");
        Assert.Equal(0, await run.Session.StopAsync());

        var drawdowns = run.Alerts("drawdown");
        Assert.Contains(drawdowns, a => a.GetProperty("fields").GetProperty("subject").GetString() == "binanceus");
        Assert.All(drawdowns.GroupBy(a => a.GetProperty("subject").GetString()), g => Assert.Single(g));
        Assert.All(drawdowns, a => Assert.Equal("critical", a.GetProperty("severity").GetString()));
        Assert.StartsWith("Drawdown 0.", drawdowns[0].GetProperty("title").GetString(), StringComparison.Ordinal);

        var fills = run.Alerts("fill");
        Assert.Equal(["buy", "sell"], fills.Select(f => f.GetProperty("fields").GetProperty("side").GetString()));
        Assert.All(fills, f => Assert.Equal("btc_trend", f.GetProperty("fields").GetProperty("strategy").GetString()));
        var kill = Assert.Single(run.Alerts("kill_switch"));
        Assert.Equal("binanceus", kill.GetProperty("fields").GetProperty("broker").GetString());
        Assert.Equal("KillSwitch", first[0].GetProperty("fields").GetProperty("reason").GetString());
        Assert.Equal(2, run.Alerts("reject").Count);
    }

    [Fact]
    public async Task Run_DashboardCancel_GoesThroughTheOrderManagerAndIsJournaled()
    {
        await using var run = await DrivenRun.StartAsync(["{ event: fill }"]);

        // A cross up on the last bar: the market order waits at the simulated venue for the next bar, which the test never sends.
        run.Bars(20_000m, 19_990m, 19_980m, 19_970m, 20_100m);
        var orders = await run.UntilAsync(async () => await OrdersAsync(run) is [_] o ? o : null, "the order never showed on the dashboard");
        var id = orders[0].GetProperty("clientOrderId").GetString()!;

        using var response = await run.Client.PostAsync($"api/orders/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Sent", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        Assert.Empty(await OrdersAsync(run));
        var again = await run.Client.PostAsync($"api/orders/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        run.Bars(20_200m); // the venue would have filled it here
        Assert.Equal(0, await run.Session.StopAsync());
        var journal = (await File.ReadAllLinesAsync(run.Journal)).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("order_id").GetString() == id).Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(["order_request", "ack", "cancel_request", "canceled"], journal);
        Assert.Empty(run.Alerts("fill"));
    }

    [Fact]
    public async Task Run_StreamFailsStallsAndDrops_ErrorStaleDataAndDisconnectAlerts()
    {
        // The equity strategy asks Alpaca's stream for 5-minute bars, which it cannot carry: that stream fails for good.
        await using var run = await DrivenRun.StartAsync(
            ["{ event: error }", "{ event: stale_data, after: 2s }", "{ event: disconnect, after: 1s }"],
            "--set", "strategies[1].enabled=true", "--set", "strategies[1].interval=5m");

        var error = (await run.AlertsAsync("error", 1))[0];
        Assert.Contains("bar stream alpaca", error.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("1-minute bars only", error.GetProperty("text").GetString(), StringComparison.Ordinal);

        run.Bars(20_000m, 20_010m);
        var lastBar = DateTimeOffset.UtcNow;
        var stale = await run.UntilAsync(() => run.Alerts("stale_data").Where(a => Subject(a) == "binanceus/BTCUSDT/1m" && Time(a) > lastBar).ToList() is [var a, ..] ? new[] { a } : null,
            "no stale-data alert for BTCUSDT after its last bar");
        Assert.Equal("warning", stale[0].GetProperty("severity").GetString());

        var dropped = DateTimeOffset.UtcNow;
        run.Emulator.Control.StreamsDown = true;
        run.Emulator.Control.DropStreams();
        await run.UntilAsync(() => run.Alerts("disconnect").Any(a => Subject(a) == "binanceus" && Time(a) > dropped), "no disconnect alert for binanceus");
        run.Emulator.Control.StreamsDown = false;
        Assert.Equal(0, await run.Session.StopAsync());
        Assert.Single(run.Alerts("error"));
    }

    private static async Task<List<JsonElement>> OrdersAsync(DrivenRun run) =>
        [.. (await run.Client.GetFromJsonAsync<JsonElement>("api/orders")).EnumerateArray()];

    private static string? Subject(JsonElement alert) => alert.GetProperty("subject").GetString();

    private static DateTimeOffset Time(JsonElement alert) => DateTimeOffset.Parse(alert.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
