using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Sextant.Backtest.Engine;

namespace Sextant.Workloads;

/// <summary>
/// <c>allocs N</c>: which types the W1 loop allocates, from the runtime's allocation ticks (one event per ~100 KB a thread
/// allocates, naming the type whose allocation crossed it), so the shares are by bytes. Sampled, not exact: read the top
/// of the table, not its tail.
/// </summary>
internal static class Allocations
{
    public static void Run(int times)
    {
        var (y, x) = Synthetic.Pair("synthetic", "YYY", "XXX", 525_600, seed: 42);
        var data = new BacktestData([y, x]);
        var plan = BacktestPlan.FromConfig(Configs.Engine(Configs.Pair("w1", "YYY", "XXX")), "w1");
        for (var i = 0; i < 2; i++)
        {
            var warm = new BacktestRun(plan, data, Strategies.Registry.StrategyRegistry.Default);
            warm.Loop(null, CancellationToken.None);
        }

        using var listener = new TickListener();
        for (var i = 0; i < times; i++)
        {
            var run = new BacktestRun(plan, data, Strategies.Registry.StrategyRegistry.Default);
            listener.Counting = true;
            run.Loop(null, CancellationToken.None);
            listener.Counting = false;
        }

        listener.Print(times, "loop", byThread: true);
    }

    /// <summary>Counts the runtime's allocation ticks by thread and type while <see cref="Counting"/> is set.</summary>
    internal sealed class TickListener : EventListener
    {
        public readonly ConcurrentDictionary<(long Thread, string Type), int> Ticks = new();
        public volatile bool Counting;

        /// <summary>The types by share of the ticks, per thread or over all threads, and the megabytes per <paramref name="unit"/>.</summary>
        public void Print(int units, string unit, bool byThread)
        {
            var groups = byThread
                ? Ticks.GroupBy(p => p.Key.Thread, p => (p.Key.Type, p.Value)).Select(g => ($"thread {g.Key}", g.ToList()))
                : [("all threads", Ticks.GroupBy(p => p.Key.Type).Select(g => (g.Key, g.Sum(p => p.Value))).ToList())];
            foreach (var (name, types) in groups)
            {
                var total = types.Sum(t => t.Item2);
                Console.WriteLine($"{name}: {total:N0} allocation ticks (~100 KB each), ~{total * 100_000.0 / units / 1e3:N1} KB per {unit}");
                foreach (var (type, ticks) in types.OrderByDescending(t => t.Item2).Take(30))
                {
                    Console.WriteLine($"{100.0 * ticks / total,6:F1}%  {type}");
                }
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!Counting || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            {
                return;
            }

            var index = e.PayloadNames!.IndexOf("TypeName");
            var name = index >= 0 ? e.Payload[index] as string ?? "?" : "?";
            Ticks.AddOrUpdate((e.OSThreadId, name), 1, (_, n) => n + 1);
        }
    }
}
