using Sextant.Config.Schema;
using Sextant.Core.Orders;
using Sextant.Engine.Running;
using Sextant.Engine.Journal;
using Sextant.Engine.Tests.Support;

namespace Sextant.Engine.Tests.Running;

/// <summary>A restart of plain paper (Sextant's simulated venue): the journal rebuilds the books; the venue's working orders died with the process and are marked cancelled by the restart.</summary>
public sealed class PaperRestartTests
{
    [Fact]
    public async Task Start_AfterAStopWithOrdersWorking_RebuildsTheBooksAndMarksTheLostOrdersCancelled()
    {
        await using var rig = await EngineRig.StartAsync();
        // Passive limit orders rest in the simulated venue; market orders fill on the next bar.
        var config = rig.Config(Configs.PaperTrend, "execution.order_type=limit", "execution.limit_offset_bps=-3", "execution.stale_after=1h");
        EngineSummary first;
        await using (var run = rig.Run(config, live: false))
        {
            await EngineRig.WaitUntilAsync(() => run.Log.Contains("streaming", StringComparison.Ordinal), "the start");
            var before = run.Engine.ContextOf("binanceus");
            // Bars stepped while the engine was busy may still be on their way and fill the working order; step until
            // the premise holds with the engine idle (no bar handled for a while), so the stop really leaves one working.
            bool Premise() => before.Orders.OpenOrderCount > 0 && before.Orders.AllOrders.Any(o => o.Fills.Count > 0);
            for (var attempt = 0; attempt < 20; attempt++)
            {
                await LiveRunTests.StepUntilAsync(rig, Premise, "a fill and a working order");
                await WhenIdleAsync(run.Engine);
                if (Premise())
                {
                    break;
                }
            }

            first = await run.StopAsync(); // on_shutdown: keep
        }

        var open = rig.Journal(EngineMode.Paper).Where(e => e.Type == JournalEntryType.OrderRequest).Select(e => e.OrderId).ToHashSet();
        await using var second = rig.Run(config, live: false);
        await EngineRig.WaitUntilAsync(() => second.Log.Contains("streaming", StringComparison.Ordinal), "the restart");
        var books = second.Engine.ContextOf("binanceus");
        var summary = await second.StopAsync();

        Assert.True(first.Brokers[0].OpenOrders > 0, "the first run stopped with an order working");
        Assert.True(first.Brokers[0].Fills > 0);
        Assert.Equal(first.Brokers[0].Cash, summary.Brokers[0].Cash);
        Assert.Equal(first.Brokers[0].Positions, summary.Brokers[0].Positions);
        Assert.Equal(0, books.Orders.OpenOrderCount);
        Assert.Contains("marked cancelled by the restart", second.Log, StringComparison.Ordinal);
        Assert.Contains(rig.Journal(EngineMode.Paper), e => (string?)e.Data["event"] == "restart_cancelled");
        Assert.All(books.Orders.AllOrders.Where(o => open.Contains(o.Id.Value)), o => Assert.True(o.Status.IsTerminal()));
    }

    /// <summary>Until the engine has handled no new bar for 300 ms (the bars already stepped have all arrived).</summary>
    private static async Task WhenIdleAsync(TradingEngine engine)
    {
        var seen = engine.BarsSeen;
        for (var i = 0; i < 100; i++)
        {
            await Task.Delay(300);
            if (engine.BarsSeen == seen)
            {
                return;
            }

            seen = engine.BarsSeen;
        }
    }
}
