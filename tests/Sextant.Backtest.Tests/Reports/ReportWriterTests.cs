using System.Text.Json;
using Sextant.Backtest.Reports;
using Sextant.Backtest.Results;
using Sextant.Backtest.Statistics;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;

namespace Sextant.Backtest.Tests.Reports;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sextant-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static BacktestResult Result()
    {
        var times = Enumerable.Range(0, 500).Select(i => UnixNanos.FromUnixSeconds(1_679_000_000L + (60L * i))).ToArray();
        var equity = times.Select((_, i) => 100_000 + (1_000 * Math.Sin(i / 40.0))).ToArray();
        var z = times.Select((_, i) => i < 50 ? double.NaN : 2.5 * Math.Sin(i / 20.0)).ToArray();
        var strategy = new StrategyId("pair");
        var signal = new Signal(new Symbol("BTCUSDT"), SignalAction.Target, AssetClass.Crypto, strategy, times[100], targetQuantity: 0.5m,
            metadata: new Dictionary<string, object> { ["z"] = 2.1, ["reason"] = "entry_short" });
        var fill = new Fill(new ClientOrderId("pair-1-0-0"), null, "1", new Symbol("BTCUSDT"), OrderSide.Buy, new Quantity(0.5m), new Price(27_000m),
            new Money(13.5m, new Asset("USDT")), Liquidity.Taker, times[101], strategy, new BrokerId("sim"));
        var trades = TradeStatisticsBuilder.Build([], 1, 1, 13.5m, 0.8, 0.13);
        return new BacktestResult
        {
            Name = "config/examples/crypto_pair.yaml",
            Capital = 100_000m,
            FinalEquity = 100_123.45m,
            Times = times,
            Equity = equity,
            Fills = [fill],
            Orders = [],
            Signals = [signal],
            OpenPositions = [new OpenPosition(new Symbol("BTCUSDT"), 0.5m, 27_000m, 27_100m, 50m)],
            RoundTrips = [],
            Statistics = EquityStatistics.Compute(equity, times, 100_000, 525_600),
            Trades = trades,
            Groups = [new GroupStatistics("strategy", "pair", "pair", trades)],
            Diagnostics = [new DiagnosticSeries("pair", "BTCUSDT/ETHUSDT z-score", z, [2, -2, 0.5, -0.5])],
            Bars = 1000,
            LoadTime = TimeSpan.FromMilliseconds(12),
            RunTime = TimeSpan.FromMilliseconds(3),
        };
    }

    [Fact]
    public void Write_AllFiles_ArePresentAndWellFormed()
    {
        var result = Result();

        ReportWriter.Write(result, _dir, id => id.Value == "pair-1-0-0" ? result.Signals[0].Metadata : null);

        Assert.Equal(ReportWriter.Files.Order(), Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "summary.json")));
        foreach (var key in new[] { "total_return", "sharpe", "max_drawdown", "final_equity", "fills", "fees" })
        {
            Assert.True(summary.RootElement.TryGetProperty(key, out _), key);
        }

        Assert.Equal(100_123.45m, summary.RootElement.GetProperty("final_equity").GetDecimal());
        Assert.Equal(501, File.ReadAllLines(Path.Combine(_dir, "equity.csv")).Length);
        Assert.Equal("time,BTCUSDT", File.ReadAllLines(Path.Combine(_dir, "positions.csv"))[0]);
        Assert.Equal("0.5", File.ReadAllLines(Path.Combine(_dir, "positions.csv"))[^1].Split(',')[1]);
        Assert.EndsWith(",entry_short,2.1", File.ReadAllLines(Path.Combine(_dir, "fills.csv"))[1], StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_dir, "report.html"));
        Assert.Equal(3, html.Split("<svg").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var png = File.ReadAllBytes(Path.Combine(_dir, "equity.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
    }

    [Fact]
    public void Write_Twice_LeavesNoTemporaryFiles()
    {
        ReportWriter.Write(Result(), _dir, _ => null);
        ReportWriter.Write(Result(), _dir, _ => null);

        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }
}
