using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Dashboard.Logs;
using Sextant.Dashboard.Source;
using Sextant.Portfolio;

namespace Sextant.Tests.Shared;

/// <summary>
/// A small two-broker run made of real parts (<see cref="SimDesk"/>: simulated venue, portfolio, order manager) feeding a
/// real <see cref="DashboardRecorder"/>: the dashboard's test source. Bars move prices and fill orders exactly as in a
/// paper run; nothing of the dashboard's input is mocked.
/// </summary>
internal sealed class TestRun
{
    public TestRun(bool inlineCancels = true, UnixNanos? start = null)
    {
        Clock = new SimulatedClock(start ?? new UnixNanos(1_700_000_000_000_000_000L));
        Log = new LogTail(100);
        // Real order log lines (OrderManager, BrokerContext) through Serilog into the tail, as the engine wires it.
        Logs = new Microsoft.Extensions.Logging.LoggerFactory([new Serilog.Extensions.Logging.SerilogLoggerProvider(
            new Serilog.LoggerConfiguration().MinimumLevel.Debug().Enrich.FromLogContext().WriteTo.Sink(new LogTailSink(Log)).CreateLogger(), dispose: true)]);
        Crypto = new SimDesk("binanceus", "USDT", 100_000m, Clock, Logs, ("BTCUSDT", AssetClass.Crypto), ("ETHUSDT", AssetClass.Crypto));
        Equity = new SimDesk("alpaca", "USD", 50_000m, Clock, Logs, ("SPY", AssetClass.Equity));
        Meta = new MetaPortfolio(new Asset("USD"));
        Meta.Add(Crypto.Id, Crypto.Portfolio);
        Meta.Add(Equity.Id, Equity.Portfolio);
        Recorder = new DashboardRecorder("crypto_pair", "paper", Meta, Log, new DashboardRecorderOptions { InlineCancels = inlineCancels });
        Recorder.Attach(Crypto.Orders);
        Recorder.Attach(Equity.Orders);
    }

    public SimulatedClock Clock { get; }

    public SimDesk Crypto { get; }

    public SimDesk Equity { get; }

    public MetaPortfolio Meta { get; }

    public LogTail Log { get; }

    public Microsoft.Extensions.Logging.ILoggerFactory Logs { get; }

    public DashboardRecorder Recorder { get; }

    /// <summary>Advances one minute, sends a bar per symbol, and records equity.</summary>
    public void Minute(double btc, double eth, double spy)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        Crypto.Bar("BTCUSDT", btc);
        Crypto.Bar("ETHUSDT", eth);
        Equity.Bar("SPY", spy);
        Recorder.RecordEquity(Clock.Now);
    }

    /// <summary>A few minutes of trading: a BTC/ETH pair opened from a signal with metadata, a SPY position, one resting limit order.</summary>
    public async Task SeedAsync()
    {
        Minute(37_000, 2_000, 450);
        var zScore = new Dictionary<string, object> { ["z_score"] = 2.31, ["hedge_ratio"] = 18.4, ["reason"] = "entry" };
        var btc = new Sextant.Core.Signals.Signal(new Symbol("BTCUSDT"), Sextant.Core.Signals.SignalAction.Target, AssetClass.Crypto, new StrategyId("btc_eth_pair"),
            Clock.Now, targetQuantity: 0.5m, metadata: zScore);
        Recorder.RecordSignal(btc);
        await Crypto.Context.PlaceOrderAsync(btc, 37_000m, CancellationToken.None);
        await Crypto.TargetAsync("btc_eth_pair", "ETHUSDT", -9.2m, 2_000m, metadata: zScore);
        await Equity.TargetAsync("spy_trend", "SPY", 20m, 450m, AssetClass.Equity);
        Minute(37_050, 1_995, 451);
        Minute(37_120, 1_990, 452.5);
        await Crypto.RestingBuyAsync("btc_eth_pair", "BTCUSDT", 0.1m, 30_000m);
        Minute(37_080, 1_992, 452);
    }
}
