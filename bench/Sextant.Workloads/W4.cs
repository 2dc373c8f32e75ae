using System.Diagnostics;
using System.Globalization;
using Sextant.Config.Loading;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Data.Sources;
using Sextant.Engine.Journal;
using Sextant.Engine.Observability;
using Sextant.Engine.Running;

namespace Sextant.Workloads;

/// <summary>
/// W4: bar-to-order latency on loopback. The exchange emulator (replay clock stopped; by default in a process of its own,
/// as a venue is) sends one closed BTCUSDT kline at a time on its WebSocket stream; a live run of the engine in this
/// process (the real Binance US adapter, journal on disk) turns it into a signal and an order whenever the fast/slow
/// averages cross. The time is taken inside the emulator: when the kline is handed to the socket, and when the order's
/// HTTP request arrives, before any of its middleware. Each bar is sent 1 ms after the engine has finished with the
/// previous one (order included), so the figure is latency, not queueing, and the engine is idle when a bar arrives. Before the 10,000 measured bars, bars are sent until
/// both processes' JIT has settled (tiered compilation recompiles hot code for seconds after start, on the same two
/// cores), so the figure is the steady state. Prints p50/p90/p99/max over the orders of the measured bars, and what else
/// ran meanwhile: collections, compiled methods, and the CPU other processes took from the machine.
/// </summary>
internal static partial class W4
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

    private const int MinWarmup = 1_000;
    private const int MaxWarmup = 60_000;
    private const int SettleWindow = 1_000;
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(1);

    public static async Task RunAsync(bool quick, bool durable, bool inProcess)
    {
        var bars = quick ? 1_000 : 10_000;
        await using var venue = await W4Venue.StartAsync(inProcess);
        var dir = Path.Combine(Path.GetTempPath(), "sextant-w4-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "w4.yaml");
        await File.WriteAllTextAsync(file, Config.Replace("{url}", venue.BaseUrl.ToString(), StringComparison.Ordinal).Replace("{dir}", dir, StringComparison.Ordinal)
            .Replace("{sync}", durable ? "before_action" : "background", StringComparison.Ordinal));
        var environment = new Dictionary<string, string> { ["EMU_KEY"] = venue.Key, ["EMU_SECRET"] = venue.Secret };
        var config = ConfigLoader.Load(new ConfigLoadOptions { File = file, Environment = environment }).Config;
        Console.WriteLine($"W4: {bars:N0} BTCUSDT bars, emulator ({venue.Where}) kline stream → engine (live, Binance US adapter, journal_sync: "
            + (durable ? "before_action, an fsync before each order" : "background (the default), written to the OS before each order and fsynced off the order path")
            + ") → emulator REST, loopback");

        await using var engine = TradingEngine.Create(new EngineOptions
        {
            Config = config, Root = dir, Environment = environment, Log = TextWriter.Null, LiveConfirmed = true,
        });
        using var done = new BarsDone();
        engine.Observe(done);
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => engine.RunAsync(null, stop.Token));
        for (var i = 0; i < 400 && engine.BarsSeen == 0; i++)
        {
            venue.Step(); // until the kline subscription has landed
            await Task.Delay(20);
        }

        await Task.Delay(200);
        done.Reset();
        var warm = await WarmUpAsync(venue, done);
        // SEXTANT_W4_ALLOCS=1: which types this process (the engine, and the driver's few) allocates per measured bar.
        using var ticks = Environment.GetEnvironmentVariable("SEXTANT_W4_ALLOCS") == "1" ? new Allocations.TickListener() : null;
        var before = await Machine.SnapshotAsync(venue);
        var measuredFrom = Stopwatch.GetTimestamp();
        ticks?.Counting = true;
        done.Measuring = true;
        await StepAndWaitAsync(venue, done, bars, Gap);
        done.Measuring = false;
        ticks?.Counting = false;
        var after = await Machine.SnapshotAsync(venue);
        ticks?.Print(bars, "bar", byThread: false);
        var probe = await venue.ProbeAsync();
        await stop.CancelAsync();
        await run;
        var journal = OrderJournal.Read(Path.Combine(dir, "live.jsonl"));
        Report(bars, warm, Latencies(journal, probe, measuredFrom), done.Reactions, before, after);
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// Bars until neither process compiled a method over the last <see cref="SettleWindow"/> bars: first back to back (the
    /// JIT settles on calls, not on time, so this is quick), then <see cref="Gap"/> apart as measured (idle threads take
    /// other paths, which get compiled too); returns how many. A method compiled while measured is the tiered JIT's
    /// background thread taking a core for up to milliseconds.
    /// </summary>
    private static async Task<int> WarmUpAsync(W4Venue venue, BarsDone done)
    {
        var warm = 0;
        var gap = TimeSpan.Zero;
        var last = await Machine.SnapshotAsync(venue);
        while (warm < MaxWarmup)
        {
            await StepAndWaitAsync(venue, done, SettleWindow, gap);
            warm += SettleWindow;
            var now = await Machine.SnapshotAsync(venue);
            var settled = now.EngineJit == last.EngineJit && now.VenueJit == last.VenueJit;
            last = now;
            if (settled && warm >= MinWarmup)
            {
                if (gap == Gap)
                {
                    break;
                }

                gap = Gap;
            }
        }

        return warm;
    }

    /// <summary>
    /// Sends <paramref name="bars"/> bars, each <paramref name="gap"/> after the engine is done with the one before (order
    /// included). Measured bars come <see cref="Gap"/> apart: the engine is idle when a bar arrives, as it is between live
    /// bars, rather than still spinning from the last one.
    /// </summary>
    private static Task StepAndWaitAsync(W4Venue venue, BarsDone done, int bars, TimeSpan gap) =>
        // A thread of its own: the driver blocks between bars, and a blocked thread-pool thread would make the pool add
        // threads to the engine's process that the engine itself would not have.
        Task.Factory.StartNew(() => StepAndWait(venue, done, bars, gap), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void StepAndWait(W4Venue venue, BarsDone done, int bars, TimeSpan gap)
    {
        for (var i = 0; i < bars; i++)
        {
            venue.Step();
            done.Wait(TimeSpan.FromSeconds(10));
            if (gap > TimeSpan.Zero)
            {
                Thread.Sleep(gap);
            }
        }
    }

    /// <summary>
    /// Hears each bar the engine has finished (order included), so the driver blocks until then instead of polling: a poll
    /// every millisecond woke a thread in the middle of the measured path on one of the two cores.
    /// </summary>
    private sealed class BarsDone : IEngineObserver, IDisposable
    {
        private readonly SemaphoreSlim _done = new(0);

        public void Wait(TimeSpan timeout) => _done.Wait(timeout);

        public void Reset()
        {
            while (_done.Wait(0))
            {
            }
        }

        /// <summary>While set, each order's reaction time inside the engine (bar at the engine → order handed to the venue) is kept, in µs.</summary>
        public volatile bool Measuring;

        public List<double> Reactions { get; } = [];

        public void OnBar(in LiveBar bar) => _done.Release();

        public void OnOrderSent(BrokerId broker, TimeSpan sinceBar)
        {
            if (Measuring)
            {
                Reactions.Add(sinceBar.TotalMicroseconds);
            }
        }

        public void OnStart(EngineView view)
        {
        }

        public void OnSignal(BrokerId broker, Signal signal)
        {
        }

        public void OnRefused(BrokerId broker, Signal signal, RejectReason reason, string? message)
        {
        }

        public void OnKillSwitch(BrokerId broker, string reason)
        {
        }

        public void OnError(Exception exception, string where)
        {
        }

        public void OnStop()
        {
        }

        public void Dispose() => _done.Dispose();
    }

    /// <summary>
    /// Each order request of the journal belongs to the signal journaled just before it, whose time is its bar's open time;
    /// an order counts when its bar was sent after <paramref name="measuredFrom"/>.
    /// </summary>
    private static List<double> Latencies(IReadOnlyList<JournalEntry> journal, W4Probe probe, long measuredFrom)
    {
        var latencies = new List<double>();
        long bar = 0;
        foreach (var entry in journal)
        {
            if (entry.Type == JournalEntryType.Signal)
            {
                bar = (long)entry.Data["time_ns"]! / 1_000_000;
            }
            else if (entry.Type == JournalEntryType.OrderRequest && probe.Received.TryGetValue(entry.OrderId!, out var received)
                && probe.Sent.TryGetValue(("BTCUSDT", bar), out var sent) && sent >= measuredFrom)
            {
                latencies.Add((received - sent) * 1_000_000.0 / Stopwatch.Frequency);
            }
        }

        return latencies;
    }

    private static void Report(int bars, int warm, List<double> latencies, List<double> reactions, Machine before, Machine after)
    {
        latencies.Sort();
        reactions.Sort();
        double P(double q) => Quantile(latencies, q);
        double R(double q) => Quantile(reactions, q);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"W4: {latencies.Count:N0} orders from {bars:N0} bars (after {warm:N0} warm-up bars, until neither process compiled a method for {SettleWindow:N0} bars); bar sent → order received: p50 {P(0.50):N0} µs, p90 {P(0.90):N0} µs, p99 {P(0.99):N0} µs, max {latencies.LastOrDefault():N0} µs (goal p99 < 1,000 µs)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"W4: of which in the engine (bar at the engine → order handed to the venue, sextant_bar_to_order_seconds): p50 {R(0.50):N0} µs, p90 {R(0.90):N0} µs, p99 {R(0.99):N0} µs over {reactions.Count:N0} orders; the rest is the loopback, the sockets' threads and the emulator"));
        Console.WriteLine(Machine.Describe(before, after));
    }

    private static double Quantile(List<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(q * sorted.Count))];
}
