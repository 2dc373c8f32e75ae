using System.Diagnostics;
using System.Globalization;
using Sextant.Config.Loading;
using Sextant.Emulator;
using Sextant.Engine.Journal;
using Sextant.Engine.Running;

namespace Sextant.Workloads;

/// <summary>
/// W4: bar-to-order latency on loopback. The exchange emulator (in this process, replay clock stopped) sends one closed
/// BTCUSDT kline at a time on its WebSocket stream; a live run of the engine (the real Binance US adapter, journal on
/// disk, flushed before each action) turns it into a signal and an order whenever the fast/slow averages cross. The time
/// is taken inside the emulator: when the kline is handed to the socket, and when the order's HTTP request arrives,
/// before any of its middleware. Bars are sent one after the other once the engine has finished with the previous one,
/// so the figure is latency, not queueing. Prints p50/p90/p99/max over the orders of 10,000 bars.
/// </summary>
internal static class W4
{
    private const string Config = """
        engine: { mode: live, journal: "{dir}", on_shutdown: keep, warmup_bars: 0, journal_sync: {sync} }
        strategies:
          - { name: w4_trend, type: trend, asset_class: crypto, venue: binanceus, symbols: [BTCUSDT], fast: 2, slow: 3, allow_short: true }
        brokers:
          binanceus: { asset_classes: [crypto], mode: live, api_key_env: EMU_KEY, api_secret_env: EMU_SECRET, base_url: "{url}", quote_asset: USDT }
        data:
          sources:
            binanceus: { type: binanceus, base_url: "{url}" }
        execution: { sizing: { type: fixed_notional, notional: 20 }, ack_timeout: 10s }
        risk: { max_orders_per_minute: null, max_order_notional: null, max_position_notional: null, max_drawdown: null }
        logging: { console: false }
        """;

    public static async Task RunAsync(bool quick, bool durable = false)
    {
        var bars = quick ? 1_000 : 10_000;
        var probe = new LatencyProbe();
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0, History = 20, Probe = probe, RequestWeightLimit = null });
        var dir = Path.Combine(Path.GetTempPath(), "sextant-w4-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "w4.yaml");
        await File.WriteAllTextAsync(file, Config.Replace("{url}", host.BaseUrl.ToString(), StringComparison.Ordinal).Replace("{dir}", dir, StringComparison.Ordinal)
            .Replace("{sync}", durable ? "before_action" : "background", StringComparison.Ordinal));
        var environment = new Dictionary<string, string> { ["EMU_KEY"] = host.Options.Key, ["EMU_SECRET"] = host.Options.Secret };
        var config = ConfigLoader.Load(new ConfigLoadOptions { File = file, Environment = environment }).Config;
        Console.WriteLine($"W4: {bars:N0} BTCUSDT bars, emulator kline stream → engine (live, Binance US adapter, journal {(durable ? "fsynced before each order (journal_sync: before_action)" : "written to the OS before each order, fsynced in the background (journal_sync: background, the default)")}) → emulator REST, loopback");

        await using var engine = TradingEngine.Create(new EngineOptions
        {
            Config = config, Root = dir, Environment = environment, Log = TextWriter.Null, LiveConfirmed = true,
        });
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => engine.RunAsync(null, stop.Token));
        for (var i = 0; i < 400 && engine.BarsSeen == 0; i++)
        {
            host.Control.Step(); // until the kline subscription has landed
            await Task.Delay(20);
        }

        await Task.Delay(200);
        var warm = bars / 10;
        var from = engine.BarsSeen;
        for (var i = 1; i <= warm + bars; i++)
        {
            if (i == warm + 1)
            {
                from = engine.BarsSeen;
            }

            host.Control.Step();
            // Wait (without spinning on one of the two cores) until the engine is done with the bar, order included.
            var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 10);
            while (engine.BarsSeen < from + (i > warm ? i - warm : i) && Stopwatch.GetTimestamp() < deadline)
            {
                Thread.Sleep(1);
            }
        }

        await stop.CancelAsync();
        await run;
        Report(bars, Latencies(OrderJournal.Read(Path.Combine(dir, "live.jsonl")), probe, warm));
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// Each order request of the journal belongs to the signal journaled just before it, whose time is its bar's open time.
    /// Orders of the first <paramref name="warm"/> bars (JIT warm-up) are not counted.
    /// </summary>
    private static List<double> Latencies(IReadOnlyList<JournalEntry> journal, LatencyProbe probe, int warm)
    {
        var latencies = new List<double>();
        long bar = 0;
        var bars = 0;
        foreach (var entry in journal)
        {
            if (entry.Type == JournalEntryType.Signal)
            {
                var time = (long)entry.Data["time_ns"]! / 1_000_000;
                bars += time != bar ? 1 : 0;
                bar = time;
            }
            else if (entry.Type == JournalEntryType.OrderRequest && bars > warm / 2
                && probe.OrdersReceived.TryGetValue(entry.OrderId!, out var received) && probe.BarsSent.TryGetValue(("BTCUSDT", bar), out var sent))
            {
                latencies.Add((received - sent) * 1_000_000.0 / Stopwatch.Frequency);
            }
        }

        return latencies;
    }

    private static void Report(int bars, List<double> latencies)
    {
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? double.NaN : latencies[(int)Math.Min(latencies.Count - 1, Math.Floor(q * latencies.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"W4: {latencies.Count:N0} orders from {bars:N0} bars; bar sent → order received: p50 {P(0.50):N0} µs, p90 {P(0.90):N0} µs, p99 {P(0.99):N0} µs, max {latencies.LastOrDefault():N0} µs (goal p99 < 1,000 µs)"));
    }
}
