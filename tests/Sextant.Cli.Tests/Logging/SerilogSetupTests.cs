using System.Text.Json;
using Microsoft.Extensions.Logging;
using Sextant.Cli.Logging;
using Sextant.Config.Schema;

namespace Sextant.Cli.Tests.Logging;

public sealed partial class SerilogSetupTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sextant-logs-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Order {ClientOrderId} filled {Quantity} {Symbol}")]
    private static partial void OrderFilled(ILogger logger, string clientOrderId, decimal quantity, string symbol);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Debug, Message = "Debug detail {Value}")]
    private static partial void Detail(ILogger logger, int value);

    [Fact]
    public void CreateFactory_FileSink_WritesCompactJsonWithStructuredProperties()
    {
        var config = new LoggingConfig { Console = false, File = "logs/sextant-.jsonl", Level = LogLevelName.Information };

        using (var sut = SerilogSetup.CreateFactory(config, _dir))
        {
            var logger = sut.CreateLogger("Sextant.Test");
            OrderFilled(logger, "pair-1-0", 0.5m, "BTCUSDT");
            Detail(logger, 42);
        }

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_dir, "logs"), "sextant-*.jsonl"));
        var line = Assert.Single(File.ReadAllLines(file));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Order {ClientOrderId} filled {Quantity} {Symbol}", json.RootElement.GetProperty("@mt").GetString());
        Assert.Equal("pair-1-0", json.RootElement.GetProperty("ClientOrderId").GetString());
        Assert.Equal(0.5m, json.RootElement.GetProperty("Quantity").GetDecimal());
        Assert.Equal(9001, json.RootElement.GetProperty("EventId").GetProperty("Id").GetInt32());
        Assert.Equal("Sextant.Test", json.RootElement.GetProperty("SourceContext").GetString());
    }

    [Fact]
    public void CreateFactory_Console_WritesReadableLinesAtConfiguredLevel()
    {
        using var console = new StringWriter();
        var config = new LoggingConfig { Console = true, File = null, Level = LogLevelName.Debug };

        using (var sut = SerilogSetup.CreateFactory(config, _dir, console))
        {
            var logger = sut.CreateLogger("x");
            Detail(logger, 7);
        }

        Assert.Contains("DBG Debug detail 7", console.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "logs")));
    }
}
