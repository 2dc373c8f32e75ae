using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sextant.Emulator;

namespace Sextant.Tests.Shared;

/// <summary>
/// A paper run whose prices the test sets: <c>sextant emulator</c> in-process at speed 0 (a bar only when the test sets a
/// price), a webhook receiver on 127.0.0.1, and <c>sextant run tests/Shared/paper-trend.yaml</c> with the given
/// <c>alerts:</c> rules (all to the receiver, throttle 1 ms) and the dashboard on any free port. Only <c>btc_trend</c> trades (fast 2, slow 4, long or flat) unless the sets say otherwise.
/// </summary>
internal sealed partial class DrivenRun : IAsyncDisposable
{
    public const string Token = "driven-run-token-0123456789abcdef";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    private DrivenRun(EmulatorHost emulator, LocalReceiver receiver, string root)
    {
        Emulator = emulator;
        Receiver = receiver;
        Root = root;
    }

    public EmulatorHost Emulator { get; }

    public LocalReceiver Receiver { get; }

    public string Root { get; }

    public CliSession Session { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public string Journal => Path.Combine(Root, "journal", "paper.jsonl");

    /// <summary>Starts everything and returns once the run's BTCUSDT stream is subscribed.</summary>
    /// <param name="rules">YAML flow mappings for <c>alerts.rules</c>, e.g. <c>{ event: fill }</c>; <c>channels: [hook]</c> is added.</param>
    /// <param name="sets">More <c>--set</c> pairs.</param>
    public static async Task<DrivenRun> StartAsync(string[] rules, params string[] sets)
    {
        var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        var receiver = await LocalReceiver.StartAsync();
        var run = new DrivenRun(emulator, receiver, Directory.CreateTempSubdirectory("sextant-driven-").FullName);
        // alerts: in flow YAML through --set, all rules to the receiver.
        var channels = $"{{hook: {{type: webhook, url: '{receiver.Url}hook'}}}}";
        var ruleList = "[" + string.Join(", ", rules.Select(r => r.TrimEnd().TrimEnd('}') + ", channels: [hook] }")) + "]";
        var environment = new Dictionary<string, string>
        {
            ["ALPACA_KEY_ID"] = emulator.Options.Key,
            ["ALPACA_SECRET_KEY"] = emulator.Options.Secret,
            ["SEXTANT_DASHBOARD_TOKEN"] = Token,
        };
        run.Session = CliSession.Start(environment, ["run", "tests/Shared/paper-trend.yaml",
            "--set", "alerts.throttle=1ms", "--set", "alerts.channels=" + channels, "--set", "alerts.rules=" + ruleList,
            "--set", "strategies[0].fast=2", "--set", "strategies[0].slow=4", "--set", "strategies[0].allow_short=false", "--set", "strategies[1].enabled=false",
            "--set", "dashboard.enabled=true", "--set", "dashboard.port=0",
            "--set", $"data.sources.binanceus.base_url={emulator.BaseUrl}", "--set", $"data.sources.alpaca.base_url={emulator.BaseUrl}",
            "--set", $"engine.journal={Path.Combine(run.Root, "journal")}", "--set", $"logging.file={Path.Combine(run.Root, "logs", "sextant-.jsonl")}",
            .. sets]);
        var line = await run.Session.WaitForLineAsync(DashboardLine(), Generous);
        run.Client.BaseAddress = new Uri(line.Groups["url"].Value);
        run.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        await run.UntilAsync(() => emulator.Control.StreamCount >= 1, "the run never subscribed to the emulator's stream");
        return run;
    }

    /// <summary>One closed 1-minute BTCUSDT bar per price, in order (the emulator streams each at once).</summary>
    public void Bars(params decimal[] prices)
    {
        foreach (var price in prices)
        {
            Emulator.Control.SetPrice("BTCUSDT", price);
        }
    }

    /// <summary>The alerts received so far with <c>event</c> = <paramref name="name"/>.</summary>
    public List<JsonElement> Alerts(string name) =>
        [.. Receiver.Received.Select(r => r.Body).Where(b => b.GetProperty("event").GetString() == name)];

    /// <summary>Waits until at least <paramref name="count"/> alerts of <paramref name="name"/> arrived.</summary>
    public Task<List<JsonElement>> AlertsAsync(string name, int count) =>
        UntilAsync(() => Alerts(name) is { } a && a.Count >= count ? a : null, $"{count} {name} alert(s) never arrived");

    public async Task UntilAsync(Func<bool> condition, string why) => await UntilAsync(() => condition() ? (object)true : null, why);

    public Task<T> UntilAsync<T>(Func<T?> probe, string why)
        where T : class => UntilAsync(() => Task.FromResult(probe()), why);

    public async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string why)
        where T : class
    {
        var deadline = DateTime.UtcNow + Generous;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            Assert.False(Session?.Exit.IsCompleted == true, why + "; the run ended:\n" + Session!.Printed);
            Assert.True(DateTime.UtcNow < deadline, why + string.Create(CultureInfo.InvariantCulture, $"; received {Receiver.Received.Count}: ")
                + string.Join('\n', Receiver.Received.Select(r => r.Body.ToString())) + "\n" + Session?.Printed);
            await Task.Delay(25);
        }
    }

    /// <summary>The line <c>sextant run</c> prints with the dashboard's address.</summary>
    [GeneratedRegex(@"^dashboard: (?<url>http://127\.0\.0\.1:\d+/)", RegexOptions.Multiline)]
    public static partial Regex DashboardLine();

    public async ValueTask DisposeAsync()
    {
        if (Session is not null)
        {
            await Session.DisposeAsync();
        }

        Client.Dispose();
        await Receiver.DisposeAsync();
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
