using Microsoft.Playwright;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Dashboard.BrowserTests.Support;
using Sextant.Dashboard.Hosting;
using Sextant.Dashboard.Security;
using Sextant.Dashboard.Source;

namespace Sextant.Dashboard.BrowserTests;

/// <summary>
/// The dashboard in Debian's chromium over a real Kestrel listener, fed by real BTCUSDT/ETHUSDT minutes replayed through
/// the simulated venue: the page shows positions and the equity chart, a new fill appears without a reload, a cancel goes
/// through the order manager, and a browser without the token is refused. Set SEXTANT_SCREENSHOT=path to keep a picture.
/// </summary>
public sealed class DashboardBrowserTests
{
    private const string Token = "browser-test-token-0123456789";

    [ChromiumFact]
    public async Task Dashboard_PairReplay_ShowsPositionsChartAndLiveFillsAndRefusesWithoutToken()
    {
        var replay = new PairReplay();
        await replay.ReplayAsync(240);
        var run = replay.Run;
        run.Recorder.SetBrokerHealth(new BrokerHealth { Broker = new BrokerId("binanceus"), Connected = true, LastDataTime = run.Clock.Now, RateLimitUsed = 86, RateLimitLimit = 1200, Reconnects = 1 });
        run.Recorder.SetBrokerHealth(new BrokerHealth { Broker = new BrokerId("alpaca"), Connected = true, LastDataTime = run.Clock.Now, RateLimitUsed = 12, RateLimitLimit = 200 });

        await using var host = await DashboardHost.StartAsync(run.Recorder, new DashboardConfig { Port = 0 },
            new DashboardOptions { Token = new DashboardToken(Token, generated: false), Clock = run.Clock });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true, Args = ["--no-sandbox"] });

        // Refused without the token: no cookie, no query.
        var stranger = await browser.NewPageAsync();
        var refused = await stranger.GotoAsync(host.Url.ToString());
        Assert.Equal(401, refused!.Status);
        Assert.Equal("Token required", await stranger.Locator("#refused").TextContentAsync());

        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 1300 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.LoginUrl.ToString());
        Assert.Equal(host.Url.ToString(), page.Url); // the token left the address bar

        // Positions and the equity chart.
        await Expect(page.Locator("#connection")).ToHaveTextAsync("live");
        var positions = page.Locator("#positions tbody tr");
        await Expect(positions.Filter(new() { HasText = "SPY" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#equity-chart canvas")).ToBeVisibleAsync();
        await Expect(page.Locator("#equity-chart .u-legend")).ToContainTextAsync("total");
        await Expect(page.Locator("#signals tbody tr").First).ToContainTextAsync("z_score=");
        await Expect(page.Locator("#logs")).ToContainTextAsync("ClientOrderId=");

        // Cancel from the page goes through the order manager.
        var resting = await run.Crypto.RestingBuyAsync("btc_eth_pair", "BTCUSDT", 0.05m, 20_000m);
        await Expect(page.Locator("#orders tbody tr")).ToHaveCountAsync(1);
        await page.Locator($"button.cancel[data-id='{resting.Id.Value}']").ClickAsync();
        await Expect(page.Locator("#orders tbody tr")).ToHaveCountAsync(0);
        Assert.Equal(Core.Orders.OrderStatus.Canceled, run.Crypto.Orders.Find(resting.Id)!.Status);

        // A new fill arrives without a reload: mark the window, send an order, replay the next real minute, watch the row appear.
        await page.EvaluateAsync("() => { window.__noReload = true; }");
        var fills = await page.Locator("#fills tbody tr").CountAsync();
        await run.Equity.TargetAsync("spy_trend", "SPY", 30m, 451m, AssetClass.Equity);
        await replay.ReplayAsync(1);
        await Expect(page.Locator("#fills tbody tr")).ToHaveCountAsync(fills + 1);
        await Expect(page.Locator("#fills tbody tr").First).ToContainTextAsync("SPY");
        await Expect(page.Locator("#positions tbody tr").Filter(new() { HasText = "SPY" })).ToContainTextAsync("30");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));

        if (Environment.GetEnvironmentVariable("SEXTANT_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            await page.Locator("#toast").EvaluateAsync("t => t.hidden = true");
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
