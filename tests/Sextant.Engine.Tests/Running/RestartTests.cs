using System.Text.Json.Nodes;
using Sextant.Config.Schema;
using Sextant.Core.Time;
using Sextant.Engine.Journal;
using Sextant.Engine.Running;
using Sextant.Engine.Tests.Support;
using Sextant.Execution.Orders;

namespace Sextant.Engine.Tests.Running;

/// <summary>
/// Restarts of a live run through the Binance US adapter against the emulator: the journal is replayed, the venue is asked
/// about every open order by client order id, fills made while the engine was down are booked once, and new orders
/// continue the id sequence. (The real kill -9 of the process is in the CLI tests.)
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Start_FillMadeWhileDown_IsBookedOnceAndNewOrdersContinueTheIdSequence()
    {
        await using var rig = await EngineRig.StartAsync();
        var config = rig.Config(Configs.LiveTrend);
        string resting;
        await using (var first = rig.Run(config))
        {
            await LiveRunTests.StepUntilAsync(rig, () => rig.Host.Control.Orders().Any(o => o.IsOpen), "a resting order");
            resting = rig.Host.Control.Orders().First(o => o.IsOpen).ClientOrderId;
            await first.StopAsync(); // on_shutdown: keep, the order stays working
        }

        var order = rig.Host.Control.Orders().Single(o => o.ClientOrderId == resting);
        Assert.True(rig.Host.Control.Trade(resting, order.Quantity)); // filled while the engine is down

        await using var second = rig.Run(config);
        await EngineRig.WaitUntilAsync(() => rig.Journal().Count(e => (string?)e.Data["event"] == "reconcile") == 2, "the reconciliation");
        var reconcile = rig.Journal().Last(e => (string?)e.Data["event"] == "reconcile");
        Assert.True((bool)reconcile.Data["clean"]!, (string?)reconcile.Data["summary"]);
        Assert.Contains("1 missed fill(s) booked", (string)reconcile.Data["summary"]!, StringComparison.Ordinal);
        var before = rig.Host.Control.Orders().Count;
        try
        {
            await LiveRunTests.StepUntilAsync(rig, () => rig.Host.Control.Orders().Count > before, "a new order after the restart");
        }
        catch (TimeoutException)
        {
            Assert.Fail(second.Log);
        }

        var summary = await second.StopAsync();

        var ids = rig.Host.Control.Orders().Select(o => o.ClientOrderId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ClientOrderIds.TryParse(new Core.Orders.ClientOrderId(resting), out var oldSequence, out _, out _));
        Assert.True(ClientOrderIds.TryParse(new Core.Orders.ClientOrderId(ids[^1]), out var newSequence, out _, out _));
        Assert.True(newSequence > oldSequence, $"new order {ids[^1]} must continue after {resting}");
        Assert.Single(rig.Journal(), e => e.Type == JournalEntryType.Fill && e.OrderId == resting);
        var trades = rig.Host.Control.Trades();
        Assert.Equal(trades.Sum(t => (t.Side == "buy" ? t.Quantity - t.Commission : -t.Quantity)), summary.Brokers[0].Positions.Sum(p => p.Quantity));
    }

    [Fact]
    public async Task Start_RequestWithoutAck_AsksTheVenueAndNeverSendsItAgain()
    {
        await using var rig = await EngineRig.StartAsync();
        var config = rig.Config(Configs.LiveTrend);
        await using (var first = rig.Run(config))
        {
            await LiveRunTests.StepUntilAsync(rig, () => rig.Journal().Any(e => e.Type == JournalEntryType.Ack), "a first order");
            await first.StopAsync();
        }

        // Two requests journaled just before a crash, neither acknowledged: one reached the venue, the other never did.
        var reached = ClientOrderIds.Create(new Core.Instruments.StrategyId("btc_trend"), 90, 0, 0).Value;
        var lost = ClientOrderIds.Create(new Core.Instruments.StrategyId("btc_trend"), 91, 0, 0).Value;
        var price = rig.Host.Control.Price("BTCUSDT");
        using (var journal = OrderJournal.Open(rig.JournalFile(), out _))
        {
            foreach (var id in new[] { reached, lost })
            {
                journal.Append(UnixNanos.FromDateTimeOffset(DateTimeOffset.UtcNow), JournalEntryType.OrderRequest, "binanceus", id, new JsonObject
                {
                    ["symbol"] = "BTCUSDT", ["side"] = "buy", ["quantity"] = 0.001m, ["type"] = "limit", ["limit_price"] = decimal.Round(price * 0.9m, 2),
                    ["tif"] = "gtc", ["asset_class"] = "crypto", ["status"] = "submitted", ["strategy"] = "btc_trend", ["filled"] = "0",
                    ["created_ns"] = UnixNanos.FromDateTimeOffset(DateTimeOffset.UtcNow).Value, ["sequence"] = id == reached ? 90 : 91, ["leg"] = 0, ["attempt"] = 0,
                });
            }
        }

        Assert.Equal(Execution.Brokers.SubmitOutcome.Accepted, (await VenueClient.BuyAsync(rig, reached, 0.001m, decimal.Round(price * 0.9m, 2), "btc_trend")).Outcome);

        await using var second = rig.Run(config);
        await EngineRig.WaitUntilAsync(() => rig.Journal().Count(e => (string?)e.Data["event"] == "reconcile") == 2, "the reconciliation");
        var summary = (string)rig.Journal().Last(e => (string?)e.Data["event"] == "reconcile").Data["summary"]!;
        await second.StopAsync();

        Assert.True(summary.Contains("1 unacknowledged found at the venue", StringComparison.Ordinal), summary);
        Assert.Contains("never arrived (not resent)", summary, StringComparison.Ordinal);
        var ids = rig.Host.Control.Orders().Select(o => o.ClientOrderId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Single(rig.Host.Control.Orders(), o => o.ClientOrderId == reached);
        Assert.DoesNotContain(rig.Host.Control.Orders(), o => o.ClientOrderId == lost);
        Assert.Contains(rig.Journal(), e => e.Type == JournalEntryType.Ack && e.OrderId == reached);
        Assert.Contains(rig.Journal(), e => e.Type == JournalEntryType.Reject && e.OrderId == lost);
    }

    [Fact]
    public async Task Start_VenueHoldsWhatTheJournalCannotExplain_StopsTradingOnThatBrokerAndSaysWhy()
    {
        await using var rig = await EngineRig.StartAsync();
        var config = rig.Config(Configs.LiveTrend);
        await using (var first = rig.Run(config))
        {
            await LiveRunTests.StepUntilAsync(rig, () => rig.Journal().Any(e => e.Type == JournalEntryType.Ack), "a first order");
            await first.StopAsync();
        }

        await VenueClient.BuyAsync(rig, "by-hand-1", 0.01m); // bought at the venue by someone else while the engine was down

        var ordersBefore = rig.Host.Control.Orders().Count;
        var (summary, reconcile, log) = await RestartAndStepAsync(rig, config);

        Assert.False((bool)reconcile.Data["clean"]!);
        Assert.Contains("BTCUSDT", reconcile.Data["problems"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("RECONCILIATION STOPPED TRADING", log, StringComparison.Ordinal);
        Assert.NotNull(summary.Brokers[0].Halted);
        Assert.Equal(ordersBefore, rig.Host.Control.Orders().Count);
    }

    [Fact]
    public async Task Start_VenueHoldsMoreAndReconcileIsAdopt_BooksTheVenueStateAndTrades()
    {
        await using var rig = await EngineRig.StartAsync();
        var config = rig.Config(Configs.LiveTrend, "engine.reconcile=adopt");
        await using (var first = rig.Run(config))
        {
            await LiveRunTests.StepUntilAsync(rig, () => rig.Journal().Any(e => e.Type == JournalEntryType.Ack), "a first order");
            await first.StopAsync();
        }

        var filled = await VenueClient.BuyAsync(rig, "by-hand-2", 0.01m);
        Assert.Equal(Execution.Brokers.SubmitOutcome.Accepted, filled.Outcome);

        await using var second = rig.Run(config);
        await EngineRig.WaitUntilAsync(() => rig.Journal().Count(e => (string?)e.Data["event"] == "reconcile") == 2, "the reconciliation");
        await LiveRunTests.StepUntilAsync(rig, () => rig.Journal().Any(e => e.Type == JournalEntryType.Fill && e.OrderId!.StartsWith("adopted-", StringComparison.Ordinal)),
            "the adoption, booked at the first bar's close");
        var summary = await second.StopAsync();

        Assert.Null(summary.Brokers[0].Halted);
        Assert.Contains(summary.Brokers[0].Positions, p => p.Strategy == "adopted" && p.Symbol == "BTCUSDT");
        Assert.Contains("adopted BTCUSDT", second.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PowerCutLostTheJournalsLastOrder_StopsTradingOnThatBrokerAndSendsNothingTwice()
    {
        await using var rig = await EngineRig.StartAsync();
        var config = rig.Config(Configs.LiveTrend); // journal_sync: background, the default
        await using (var first = rig.Run(config))
        {
            await LiveRunTests.StepUntilAsync(rig, () => LastRequest(rig) is { } id && rig.Host.Control.Orders().Any(o => o.IsOpen && o.ClientOrderId == id),
                "a last order still working at the venue");
            await first.StopAsync();
        }

        // A power cut before the background fsync loses the journal's last few milliseconds: here the last order's request
        // and everything after it, although the order reached the venue and works there.
        var lost = LastRequest(rig)!;
        var kept = rig.Journal().TakeWhile(e => !(e.Type == JournalEntryType.OrderRequest && e.OrderId == lost)).Count();
        File.WriteAllLines(rig.JournalFile(), File.ReadAllLines(rig.JournalFile()).Take(kept));
        var ordersBefore = rig.Host.Control.Orders().Count;

        var (summary, reconcile, _) = await RestartAndStepAsync(rig, config);

        Assert.False((bool)reconcile.Data["clean"]!);
        Assert.Contains($"order {lost}", reconcile.Data["problems"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("not in the journal", reconcile.Data["problems"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(summary.Brokers[0].Halted);
        Assert.Equal(ordersBefore, rig.Host.Control.Orders().Count); // its id was free again in the journal, and nothing was sent under it
    }

    // Starts the engine again, waits for its reconciliation, steps 60 bars and stops it: its summary, the reconciliation's
    // journal entry and its log.
    private static async Task<(EngineSummary Summary, JournalEntry Reconcile, string Log)> RestartAndStepAsync(EngineRig rig, SextantConfig config)
    {
        await using var second = rig.Run(config);
        await EngineRig.WaitUntilAsync(() => rig.Journal().Count(e => (string?)e.Data["event"] == "reconcile") == 2, "the reconciliation");
        for (var i = 0; i < 60; i++)
        {
            rig.Step();
        }

        await Task.Delay(500);
        var summary = await second.StopAsync();
        return (summary, rig.Journal().Last(e => (string?)e.Data["event"] == "reconcile"), second.Log);
    }

    private static string? LastRequest(EngineRig rig) => rig.Journal().LastOrDefault(e => e.Type == JournalEntryType.OrderRequest)?.OrderId;
}
