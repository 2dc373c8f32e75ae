using System.Diagnostics;
using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;

namespace Sextant.Workloads;

/// <summary>Cost of one order through the whole path: signal → BrokerContext → OrderManager → simulated venue → fill → portfolio.</summary>
internal static class OrderPath
{
    public static void Run()
    {
        for (var round = 0; round < 8; round++)
        {
            var clock = new SimulatedClock(new UnixNanos(Synthetic.Minute));
            var options = SimulatedVenueOptions.FromConfig(new BacktestingConfig(), new Asset("USDT"), 1_000_000m);
            var venue = new SimulatedVenue(new BrokerId("sim"), options, clock);
            var portfolio = new Sextant.Portfolio.Portfolio(new Asset("USDT"), 1_000_000m);
            var symbol = new Symbol("BTCUSDT");
            var index = portfolio.AddInstrument(symbol, AssetClass.Crypto);
            var venueIndex = venue.Register(symbol);
            var orders = new OrderManager(venue, new ExecutionConfig(), clock, strict: true);
            var context = new BrokerContext(venue, portfolio, orders, options.Instruments, new PreTradeRisk(new RiskConfig { MaxOrdersPerMinute = null }, clock));
            var strategy = new StrategyId("bench");
            const int n = 20_000;
            var signals = new Signal[n];
            for (var i = 0; i < n; i++)
            {
                signals[i] = new Signal(symbol, SignalAction.Target, AssetClass.Crypto, strategy, new UnixNanos((i + 1) * Synthetic.Minute), targetQuantity: i % 2 == 0 ? 0.5m : 0m);
            }

            var signalBytes = GC.GetAllocatedBytesForCurrentThread();
            var build = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                // What the pairs strategy emits per leg (boxed doubles included).
                _ = new Signal(symbol, SignalAction.Target, AssetClass.Crypto, strategy, new UnixNanos((i + 1) * Synthetic.Minute), targetQuantity: 0.5m,
                    metadata: SignalMetadata.Of([new("reason", "exit"), new("pair", "A/B"), new("z", (double)i), new("hedge_ratio", 1.0), new("intercept", 0.0),
                        new("spread", 0.0), new("spread_std", 1.0), new("half_life", 1.0), new("leg", "y")]));
            }

            signalBytes = GC.GetAllocatedBytesForCurrentThread() - signalBytes;

            var signalCost = build.Elapsed.TotalMilliseconds * 1e6 / n;
            var place = TimeSpan.Zero;
            var fill = TimeSpan.Zero;
            long placeBytes = 0, fillBytes = 0;
            var watch = new Stopwatch();
            for (var i = 0; i < n; i++)
            {
                var time = new UnixNanos((i + 1) * Synthetic.Minute);
                clock.AdvanceTo(time);
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                watch.Restart();
                var bar = new Bar(time, 20_000, 20_010, 19_990, 20_000, 100);
                venue.OnBar(venueIndex, in bar);
                portfolio.Mark(index, 20_000);
                fill += watch.Elapsed;
                var bytesFilled = GC.GetAllocatedBytesForCurrentThread();
                fillBytes += bytesFilled - bytes;
                watch.Restart();
                var placing = context.PlaceOrderAsync(signals[i], 20_000m, CancellationToken.None);
                _ = placing.IsCompletedSuccessfully ? placing.Result : placing.AsTask().GetAwaiter().GetResult();
                place += watch.Elapsed;
                placeBytes += GC.GetAllocatedBytesForCurrentThread() - bytesFilled;
            }

            Console.WriteLine($"order path: signal with metadata {signalCost:N0} ns ({signalBytes / n:N0} B), place {place.TotalMilliseconds * 1e6 / n:N0} ns/order ({placeBytes / n:N0} B), " +
                $"bar with fill {fill.TotalMilliseconds * 1e6 / n:N0} ns/fill ({fillBytes / n:N0} B)");
        }
    }
}
