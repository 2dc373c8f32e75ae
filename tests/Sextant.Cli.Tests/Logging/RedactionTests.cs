using Microsoft.Extensions.Logging;
using Sextant.Cli.Logging;
using Sextant.Config.Schema;

namespace Sextant.Cli.Tests.Logging;

#pragma warning disable CA1848, CA1873 // the test logs a secret through every logging API on purpose, message templates included

public sealed partial class RedactionTests : IDisposable
{
    private const string ApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string ApiSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private readonly string _dir = Directory.CreateTempSubdirectory("sextant-redaction-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Signed request {Path} with key {Key}")]
    private static partial void Signed(ILogger logger, string path, string key);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Request failed: {Request}")]
    private static partial void Failed(ILogger logger, Exception error, string request);

    [Fact]
    public void CreateFactory_ApiKeyLoggedEveryWay_NeverReachesTheConsoleFileOrTail()
    {
        var broker = new BrokerConfig { ApiKeyEnv = "BINANCEUS_API_KEY", ApiSecretEnv = "BINANCEUS_API_SECRET" };
        var config = new SextantConfig { Brokers = new Dictionary<string, BrokerConfig> { ["binanceus"] = broker } };
        var secrets = SecretValues.From(config, new Dictionary<string, string> { ["BINANCEUS_API_KEY"] = ApiKey, ["BINANCEUS_API_SECRET"] = ApiSecret });
        var logging = new LoggingConfig { Console = true, File = "logs/sextant-.jsonl", Level = LogLevelName.Debug };
        var tail = new Dashboard.Logs.LogTail();
        using var console = new StringWriter();

        using (var factory = SerilogSetup.CreateFactory(logging, _dir, console, secrets, new Dashboard.Logs.LogTailSink(tail)))
        {
            var logger = factory.CreateLogger("Sextant.Brokers.BinanceUs");
            Signed(logger, "/api/v3/order?signature=abc", ApiKey);
            logger.LogInformation("Headers {@Headers}", new Dictionary<string, string> { ["X-MBX-APIKEY"] = ApiKey });
            logger.LogInformation("Credentials {@Credentials}", new Credentials("BINANCEUS_API_KEY", ApiKey, ApiSecret));
            logger.LogInformation("Sequence {Values}", new[] { "a", "prefix-" + ApiSecret });
            Failed(logger, new InvalidOperationException($"403 for key {ApiKey}"), "POST /api/v3/order");
            using (logger.BeginScope(new Dictionary<string, object> { ["ApiKey"] = ApiKey }))
            {
                logger.LogInformation("Inside a scope");
            }
        }

        var file = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(_dir, "logs"))));
        var lines = string.Join("\n", tail.Last(100).Select(l => l.Message + " " + string.Join(",", l.Properties.Values)));
        foreach (var (name, text) in new[] { ("file", file), ("console", console.ToString()), ("tail", lines) })
        {
            Assert.False(text.Contains(ApiKey, StringComparison.Ordinal), $"the API key reached the {name}: {text}");
            Assert.False(text.Contains(ApiSecret, StringComparison.Ordinal), $"the API secret reached the {name}: {text}");
            Assert.Contains(RedactingSink.Mask, text, StringComparison.Ordinal);
        }

        Assert.Contains("/api/v3/order?signature=abc", file, StringComparison.Ordinal); // the rest of the line survives
        Assert.Contains("BINANCEUS_API_KEY", file, StringComparison.Ordinal); // a variable's name is not a secret
        Assert.Contains("InvalidOperationException", file, StringComparison.Ordinal);
    }

    [Fact]
    public void From_Config_CollectsNamedSecretsAndSecretLookingVariables()
    {
        var config = new SextantConfig
        {
            Brokers = new Dictionary<string, BrokerConfig> { ["alpaca"] = new() { ApiKeyEnv = "MY_ALPACA_ID", ApiSecretEnv = "MY_ALPACA_S" } },
            Alerts = new AlertsConfig { Channels = new Dictionary<string, AlertChannelConfig> { ["slack"] = new() { Type = AlertChannelType.Slack, UrlEnv = "SLACK_HOOK" } } },
        };
        var environment = new Dictionary<string, string>
        {
            ["MY_ALPACA_ID"] = "PKTEST1234",
            ["MY_ALPACA_S"] = "secret-value-1",
            ["SLACK_HOOK"] = "https://hooks.example/T0/B0/x",
            ["SEXTANT_DASHBOARD_TOKEN"] = "dashboard-token-1",
            ["GITHUB_TOKEN"] = "ghp_unrelated_but_secret",
            ["HOME"] = "/home/someone",
            ["SHORT_KEY"] = "abc",
        };

        var secrets = SecretValues.From(config, environment);

        Assert.Equal(["PKTEST1234", "dashboard-token-1", "ghp_unrelated_but_secret", "https://hooks.example/T0/B0/x", "secret-value-1"], secrets.Order(StringComparer.Ordinal));
    }

    private sealed record Credentials(string ApiKeyEnv, string ApiKey, string ApiSecret);
}
