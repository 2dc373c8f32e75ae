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

/// <summary>
/// Cost of one order through the whole path, measured in bulk (W1's count of orders per run, best of several rounds, each
/// on a fresh broker): the signal with the pairs strategy's metadata; placing it (BrokerContext: sizing, risk, OrderManager,
/// simulated venue); the next bar filling it (venue → fill → order → decimal portfolio). Wall time (the signals also thread CPU time) and bytes.
/// </summary>
internal static class OrderPath
{
    private const int Orders = 17_356;
    private const int Rounds = 9;

    public static void Run()
    {
        var symbol = new Symbol("BTCUSDT");
        var strategy = new StrategyId("bench");
        var (signalTime, placeTime, fillTime) = (Timing.Infinite, Timing.Infinite, Timing.Infinite);
        long signalBytes = 0, placeBytes = 0, fillBytes = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var signals = new Signal[Orders];
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            signalTime = Timing.Min(signalTime, Timing.Of(() =>
            {
                for (var i = 0; i < Orders; i++)
                {
                    // What the pairs strategy emits per leg, metadata included.
                    var metadata = SignalMetadata.Of([new("reason", "exit"), new("pair", "A/B"), new("z", (double)i), new("hedge_ratio", 1.0), new("intercept", 0.0),
                        new("spread", 0.0), new("spread_std", 1.0), new("half_life", 1.0), new("leg", "y")]);
                    signals[i] = new Signal(symbol, SignalAction.Target, AssetClass.Crypto, strategy, new UnixNanos((i + 1) * Synthetic.Minute),
                        targetQuantity: i % 2 == 0 ? 0.5m : 0m, metadata: metadata);
                }
            }));
            signalBytes = GC.GetAllocatedBytesForCurrentThread() - bytes;

            var clock = new SimulatedClock(new UnixNanos(Synthetic.Minute));
            var options = SimulatedVenueOptions.FromConfig(new BacktestingConfig(), new Asset("USDT"), 1_000_000m);
            var venue = new SimulatedVenue(new BrokerId("sim"), options, clock);
            var portfolio = new Sextant.Portfolio.Portfolio(new Asset("USDT"), 1_000_000m);
            var index = portfolio.AddInstrument(symbol, AssetClass.Crypto);
            var venueIndex = venue.Register(symbol);
            var orders = new OrderManager(venue, new ExecutionConfig(), clock, strict: true);
            var context = new BrokerContext(venue, portfolio, orders, options.Instruments, new PreTradeRisk(new RiskConfig { MaxOrdersPerMinute = null }, clock));
            var first = new Bar(new UnixNanos(Synthetic.Minute), 20_000, 20_010, 19_990, 20_000, 100);
            venue.OnBar(venueIndex, in first);

            // Placing and filling alternate (each order fills on the next bar), timed apart with the timestamp counter.
            long place = 0, fill = 0, placed = 0, filled = 0;
            for (var i = 0; i < Orders; i++)
            {
                var b0 = GC.GetAllocatedBytesForCurrentThread();
                var t0 = Stopwatch.GetTimestamp();
                var placing = context.PlaceOrderAsync(signals[i], 20_000m, CancellationToken.None);
                _ = placing.IsCompletedSuccessfully ? placing.Result : placing.AsTask().GetAwaiter().GetResult();
                var t1 = Stopwatch.GetTimestamp();
                var b1 = GC.GetAllocatedBytesForCurrentThread();
                var time = new UnixNanos((i + 2) * Synthetic.Minute);
                clock.AdvanceTo(time);
                var t2 = Stopwatch.GetTimestamp();
                var bar = new Bar(time, 20_000, 20_010, 19_990, 20_000, 100);
                venue.OnBar(venueIndex, in bar);
                portfolio.Mark(index, 20_000);
                var t3 = Stopwatch.GetTimestamp();
                placed += b1 - b0;
                filled += GC.GetAllocatedBytesForCurrentThread() - b1;
                (place, fill) = (place + (t1 - t0), fill + (t3 - t2));
            }

            placeTime = Timing.Min(placeTime, new Timing(Stopwatch.GetElapsedTime(0, place), TimeSpan.Zero));
            fillTime = Timing.Min(fillTime, new Timing(Stopwatch.GetElapsedTime(0, fill), TimeSpan.Zero));
            (placeBytes, fillBytes) = (placed, filled);
            if (portfolio.Positions.Count != 1 || orders.OpenOrderCount != 0)
            {
                throw new InvalidOperationException("the order path did not fill every order");
            }
        }

        Console.WriteLine($"order path, {Orders:N0} orders, best of {Rounds}: signal with the pairs metadata {signalTime.PerItem(Orders)} ({signalBytes / Orders:N0} B); " +
            $"place {placeTime.Wall.TotalMilliseconds * 1e6 / Orders:N0} ns ({placeBytes / Orders:N0} B); bar with its fill {fillTime.Wall.TotalMilliseconds * 1e6 / Orders:N0} ns ({fillBytes / Orders:N0} B)");
    }
}
