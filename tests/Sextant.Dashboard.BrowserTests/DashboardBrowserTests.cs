using Microsoft.Playwright;
using Sextant.Dashboard.BrowserTests.Support;
using Sextant.Emulator;
using Sextant.Tests.Shared;

namespace Sextant.Dashboard.BrowserTests;

/// <summary>
/// The dashboard of a real paper run in Debian's chromium: <c>sextant run tests/Shared/paper-trend.yaml</c> in-process with
/// <c>dashboard.enabled</c>, trading the exchange emulator's replayed real BTCUSDT and SPY minutes through the simulated venues.
/// The page shows positions and the equity chart, new fills arrive without a reload, a cancel from the page goes through the
/// order manager, and a browser without the token is refused. Set SEXTANT_SCREENSHOT=path to keep a picture of the page.
/// </summary>
public sealed class DashboardBrowserTests
{
    private const string Token = "browser-test-token-0123456789";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [ChromiumFact]
    public async Task Dashboard_PaperRunOnTheEmulator_ShowsPositionsChartAndLiveFillsAndRefusesWithoutToken()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 1200 });
        var root = Directory.CreateTempSubdirectory("sextant-browser-").FullName;
        await using var run = CliSession.Start(new Dictionary<string, string>
        {
            ["ALPACA_KEY_ID"] = emulator.Options.Key,
            ["ALPACA_SECRET_KEY"] = emulator.Options.Secret,
            ["SEXTANT_DASHBOARD_TOKEN"] = Token,
        }, "run", "tests/Shared/paper-trend.yaml", "--set", "dashboard.enabled=true", "--set", "dashboard.port=0",
            "--set", $"data.sources.binanceus.base_url={emulator.BaseUrl}", "--set", $"data.sources.alpaca.base_url={emulator.BaseUrl}",
            "--set", $"engine.journal={Path.Combine(root, "journal")}", "--set", $"logging.file={Path.Combine(root, "logs", "sextant-.jsonl")}");
        var url = new Uri((await run.WaitForLineAsync(DrivenRun.DashboardLine(), Generous)).Groups["url"].Value);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true, Args = ["--no-sandbox"] });

        // Refused without the token: no cookie, no query.
        var stranger = await browser.NewPageAsync();
        var refused = await stranger.GotoAsync(url.ToString());
        Assert.Equal(401, refused!.Status);
        Assert.Equal("Token required", await stranger.Locator("#refused").TextContentAsync());

        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 1300 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url + "?token=" + Token);
        Assert.Equal(url.ToString(), page.Url); // the token left the address bar
        await page.EvaluateAsync("() => { window.__noReload = true; }");

        // Positions and the equity chart of the run.
        await Expect(page.Locator("#connection")).ToHaveTextAsync("live");
        await Expect(page.Locator("#mode")).ToHaveTextAsync("paper");
        await Expect(page.Locator("#positions tbody tr").First).ToBeVisibleAsync(new() { Timeout = Ms(Generous) });
        await Expect(page.Locator("#equity-chart canvas")).ToBeVisibleAsync();
        await Expect(page.Locator("#equity-chart .u-legend")).ToContainTextAsync("binanceus");
        await Expect(page.Locator("#brokers tbody tr").Filter(new() { HasText = "binanceus" })).ToContainTextAsync("connected");
        await Expect(page.Locator("#signals tbody tr").First).ToContainTextAsync("=", new() { Timeout = Ms(Generous) });
        await Expect(page.Locator("#logs")).ToContainTextAsync("ClientOrderId=", new() { Timeout = Ms(Generous) });

        // New fills arrive without a reload: the newest row changes under our eyes.
        var fills = page.Locator("#fills tbody tr");
        await Expect(fills.First).ToBeVisibleAsync(new() { Timeout = Ms(Generous) });
        var newest = await fills.First.TextContentAsync();
        await Expect(fills.First).Not.ToHaveTextAsync(newest!, new() { Timeout = Ms(Generous) });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"));

        if (Environment.GetEnvironmentVariable("SEXTANT_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            // Enough of the run for a picture: two dozen fills, half a minute of equity (four samples a second), a position open.
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#fills tbody tr').length >= 24 && charts.x.length >= 120"
                + " && document.querySelectorAll('#positions tbody tr').length > 0", null, new() { Timeout = Ms(Generous), PollingInterval = 100 });
            await page.Locator("#toast").EvaluateAsync("t => t.hidden = true");
            await page.ScreenshotAsync(new() { Path = Path.GetFullPath(screenshot, CliSession.RepoRoot), FullPage = true });
        }

        Assert.Equal(0, await run.StopAsync());
        Directory.Delete(root, recursive: true);
    }

    [ChromiumFact]
    public async Task Dashboard_CancelFromThePage_GoesThroughTheOrderManagerAndIsJournaled()
    {
        await using var run = await DrivenRun.StartAsync(["{ event: fill }"]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(run.Client.BaseAddress + "?token=" + DrivenRun.Token);
        await Expect(page.Locator("#connection")).ToHaveTextAsync("live");

        // A cross up on the last bar: the market order waits at the simulated venue for a next bar that never comes.
        run.Bars(20_000m, 19_990m, 19_980m, 19_970m, 20_100m);
        var row = page.Locator("#orders tbody tr");
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = Ms(Generous) });
        var id = await row.Locator("button.cancel").GetAttributeAsync("data-id");
        await row.Locator("button.cancel").ClickAsync();

        await Expect(row).ToHaveCountAsync(0, new() { Timeout = Ms(Generous) });
        await Expect(page.Locator("#toast")).ToContainTextAsync("Sent");
        Assert.Equal(0, await run.Session.StopAsync());
        var journal = await File.ReadAllTextAsync(run.Journal);
        Assert.Contains($"\"type\":\"cancel_request\",\"broker\":\"binanceus\",\"order_id\":\"{id}\"", journal, StringComparison.Ordinal);
        Assert.Contains($"\"type\":\"canceled\",\"broker\":\"binanceus\",\"order_id\":\"{id}\"", journal, StringComparison.Ordinal);
    }

    private static float Ms(TimeSpan span) => (float)span.TotalMilliseconds;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
