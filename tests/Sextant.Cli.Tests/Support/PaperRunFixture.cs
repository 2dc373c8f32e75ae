using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Sextant.Emulator;
using Sextant.Tests.Shared;

namespace Sextant.Cli.Tests.Support;

/// <summary>
/// One real paper run for a test class: <c>sextant emulator</c> in-process on 127.0.0.1 (any free port) replaying real
/// bars at 1200×, and <c>sextant run tests/Shared/paper-trend.yaml</c> with the dashboard on (any free port, the token from
/// <c>SEXTANT_DASHBOARD_TOKEN</c>), a journal and a log file in a scratch folder. Ready once both brokers have fills.
/// </summary>
public sealed partial class PaperRunFixture : IAsyncLifetime
{
    public const string Token = "paper-run-token-0123456789abcdef";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    public string Root { get; } = Directory.CreateTempSubdirectory("sextant-paper-").FullName;

    public EmulatorHost Emulator { get; private set; } = null!;

    internal CliSession Session { get; private set; } = null!;

    /// <summary>The dashboard's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Dashboard { get; private set; } = null!;

    /// <summary>A client that sends the token as a bearer header.</summary>
    public HttpClient Client { get; } = new();

    public string Journal => Path.Combine(Root, "journal", "paper.jsonl");

    public string LogDirectory => Path.Combine(Root, "logs");

    public IReadOnlyDictionary<string, string> Environment { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 1200 });
        Environment = new Dictionary<string, string>
        {
            ["ALPACA_KEY_ID"] = Emulator.Options.Key,
            ["ALPACA_SECRET_KEY"] = Emulator.Options.Secret,
            ["SEXTANT_DASHBOARD_TOKEN"] = Token,
        };
        Session = CliSession.Start(Environment, "run", "tests/Shared/paper-trend.yaml",
            "--set", "dashboard.enabled=true", "--set", "dashboard.port=0",
            "--set", $"data.sources.binanceus.base_url={Emulator.BaseUrl}", "--set", $"data.sources.alpaca.base_url={Emulator.BaseUrl}",
            "--set", $"engine.journal={Path.Combine(Root, "journal")}", "--set", $"logging.file={Path.Combine(LogDirectory, "sextant-.jsonl")}",
            "--set", "logging.level=debug",
            "--set", $"data.store={Path.Combine(Root, "store")}", "--set", $"data.archive={Path.Combine(Root, "archive")}");
        var line = await Session.WaitForLineAsync(DrivenRun.DashboardLine(), Generous);
        Dashboard = new Uri(line.Groups["url"].Value);
        Client.BaseAddress = Dashboard;
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        await WaitForMetricsAsync(text => Value(text, "sextant_fills_total", "binanceus") > 0 && Value(text, "sextant_fills_total", "alpaca") > 0);
    }

    public async Task DisposeAsync()
    {
        await Session.DisposeAsync();
        await Emulator.DisposeAsync();
        Client.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Scrapes /metrics until <paramref name="ready"/> holds; returns that scrape.</summary>
    public async Task<string> WaitForMetricsAsync(Func<string, bool> ready)
    {
        var deadline = DateTime.UtcNow + Generous;
        string text;
        while (!ready(text = await Client.GetStringAsync("metrics")))
        {
            Assert.True(DateTime.UtcNow < deadline, "the metrics never got there:\n" + text + "\n" + Session.Printed);
            Assert.False(Session.Exit.IsCompleted, "the run ended early:\n" + Session.Printed);
            await Task.Delay(100);
        }

        return text;
    }

    /// <summary>Asks <paramref name="get"/> until <paramref name="ready"/> holds (the run is live: positions come and go).</summary>
    public async Task<T> WaitForAsync<T>(Func<Task<T>> get, Func<T, bool> ready)
    {
        var deadline = DateTime.UtcNow + Generous;
        T value;
        while (!ready(value = await get()))
        {
            Assert.True(DateTime.UtcNow < deadline, "the run never got there:\n" + Session.Printed);
            await Task.Delay(100);
        }

        return value;
    }

    /// <summary>The sum of the samples of <paramref name="metric"/> whose <c>broker</c> label is <paramref name="broker"/> (any other labels).</summary>
    public static double Value(string metrics, string metric, string broker) =>
        Sample().Matches(metrics).Where(m => m.Groups["name"].Value == metric && m.Groups["labels"].Value.Contains($"broker=\"{broker}\"", StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>\S+)$", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
