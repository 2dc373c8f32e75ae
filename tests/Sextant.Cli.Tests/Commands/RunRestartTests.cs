using System.Text.Json;
using Sextant.Cli.Tests.Support;
using Sextant.Emulator;
using Sextant.Emulator.Faults;
using Sextant.Engine.Journal;

namespace Sextant.Cli.Tests.Commands;

/// <summary>
/// <c>kill -9</c> of the real <c>sextant run --mode live --live</c> process (the built CLI) trading through the Binance US
/// adapter against the emulator in this test process, then a restart: the journal and the venue agree, no client order id
/// reaches the venue twice, and every fill the venue made is in the books exactly once.
/// </summary>
public sealed class RunRestartTests(ScratchStore store) : IClassFixture<ScratchStore>
{
    [Fact]
    public async Task Run_KilledWithOrdersOpenThenRestarted_JournalAndVenueAgreeAndEveryFillIsBookedOnce()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        var journal = Path.Combine(store.Root, "kill-open");

        using (var first = Start(host, journal))
        {
            await StepUntilAsync(host, first, () => host.Control.Orders().Any(o => o.IsOpen) && Entries(journal).Any(e => e.Type == JournalEntryType.Ack), "an order resting at the venue");
            first.KillHard();
        }

        // While the engine is down the venue fills the resting order: the restart must find that fill and book it once.
        var resting = host.Control.Orders().First(o => o.IsOpen);
        Assert.True(host.Control.Trade(resting.ClientOrderId, resting.Quantity));

        var summary = await RestartAndStopAsync(host, journal);

        AssertAgree(host, journal, summary);
        Assert.Single(Entries(journal), e => e.Type == JournalEntryType.Fill && e.OrderId == resting.ClientOrderId);
        Assert.Contains(Entries(journal), e => (string?)e.Data["event"] == "reconcile" && ((string)e.Data["summary"]!).Contains("1 missed fill(s) booked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_KilledAfterTheRequestWasJournaledBeforeItsAnswer_RestartAsksTheVenueAndNeverResends()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        var journal = Path.Combine(store.Root, "kill-inflight");

        // The venue sits on the next new order for 20 s: the engine has journaled the request and waits for the answer when it dies.
        host.Control.AddFault(new FaultRule { Kind = FaultKind.Delay, Delay = TimeSpan.FromSeconds(20), Method = "POST", Path = "/api/v3/order", Count = 1 });
        string inFlight;
        using (var first = Start(host, journal))
        {
            await StepUntilAsync(host, first, () => Entries(journal).Any(e => e.Type == JournalEntryType.OrderRequest), "an order request in the journal");
            inFlight = Entries(journal).First(e => e.Type == JournalEntryType.OrderRequest).OrderId!;
            Assert.DoesNotContain(Entries(journal), e => e.OrderId == inFlight && e.Type != JournalEntryType.OrderRequest);
            first.KillHard();
        }

        var summary = await RestartAndStopAsync(host, journal);

        AssertAgree(host, journal, summary);
        Assert.DoesNotContain(host.Control.Orders(), o => o.ClientOrderId == inFlight); // the dying connection took the request with it
        Assert.Contains(Entries(journal), e => e.Type == JournalEntryType.Reject && e.OrderId == inFlight);
        Assert.Contains(Entries(journal), e => (string?)e.Data["event"] == "reconcile" && ((string)e.Data["summary"]!).Contains("1 never arrived (not resent)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_Sigterm_StopsCleanlyCancelsOpenOrdersAndPrintsTheSummary()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        var journal = Path.Combine(store.Root, "sigterm");
        using var run = Start(host, journal, "--set", "engine.on_shutdown=cancel", "--json");
        await StepUntilAsync(host, run, () => host.Control.Orders().Any(o => o.IsOpen) && Entries(journal).Any(e => e.Type == JournalEntryType.Ack), "an order resting at the venue");

        run.Terminate();
        var exit = await run.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == 0, run.Error);
        Assert.DoesNotContain(host.Control.Orders(), o => o.IsOpen);
        Assert.Contains(Entries(journal), e => e.Type == JournalEntryType.Canceled);
        Assert.Equal("stop", (string?)Entries(journal)[^1].Data["event"]);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("live", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("brokers")[0].GetProperty("open_orders").GetInt32());
    }

    private CliProcess Start(EmulatorHost host, string journal, params string[] extra) => CliProcess.Start(Environment(host),
        ["run", CliRunner.Fixture("live-emulator.yaml"), "--mode", "live", "--live",
            "--set", $"brokers.binanceus.base_url={host.BaseUrl}", "--set", $"data.sources.binanceus.base_url={host.BaseUrl}",
            "--set", $"engine.journal={journal}", .. store.Sets, .. extra]);

    private async Task<JsonElement> RestartAndStopAsync(EmulatorHost host, string journal)
    {
        using var second = Start(host, journal, "--json");
        await WaitAsync(() => Entries(journal).Count(e => (string?)e.Data["event"] == "reconcile") >= 2, "the restart's reconciliation", second);
        var before = host.Control.Orders().Count;
        await StepUntilAsync(host, second, () => host.Control.Orders().Count > before, "a new order after the restart");
        second.Terminate();
        Assert.True(await second.WaitForExitAsync(TimeSpan.FromSeconds(60)) == 0, second.Error);
        using var json = JsonDocument.Parse(second.Output);
        return json.RootElement.Clone();
    }

    /// <summary>What the venue did and what the journal and books say match: each client id reached the venue once and every one the venue saw was journaled first; every venue fill is journaled once and in the position; the open orders are the same.</summary>
    private static void AssertAgree(EmulatorHost host, string journal, JsonElement summary)
    {
        var entries = Entries(journal);
        var venueOrders = host.Control.Orders();
        Assert.Equal(venueOrders.Count, venueOrders.Select(o => o.ClientOrderId).Distinct().Count());
        var requested = entries.Where(e => e.Type == JournalEntryType.OrderRequest).Select(e => e.OrderId).ToHashSet();
        Assert.All(venueOrders, o => Assert.Contains(o.ClientOrderId, requested));
        var trades = host.Control.Trades();
        var fills = entries.Where(e => e.Type == JournalEntryType.Fill).ToList();
        Assert.Equal(trades.Count, fills.Count);
        Assert.Equal(fills.Count, fills.Select(f => (f.OrderId, (string)f.Data["trade_id"]!)).Distinct().Count());
        Assert.Equal(trades.Select(t => (t.ClientOrderId, t.Quantity, t.Price)).OrderBy(t => t.ClientOrderId).ThenBy(t => t.Quantity),
            fills.Select(f => (f.OrderId!, (decimal)f.Data["quantity"]!, (decimal)f.Data["price"]!)).OrderBy(t => t.Item1).ThenBy(t => t.Item2));
        var broker = summary.GetProperty("brokers")[0];
        var position = broker.GetProperty("positions").EnumerateArray().Sum(p => p.GetProperty("quantity").GetDecimal());
        Assert.Equal(trades.Sum(t => t.Side == "buy" ? t.Quantity - t.Commission : -t.Quantity), position);
        Assert.Equal(venueOrders.Count(o => o.IsOpen), broker.GetProperty("open_orders").GetInt32());
    }

    private static IReadOnlyList<JournalEntry> Entries(string journal) =>
        File.Exists(Path.Combine(journal, "live.jsonl")) ? OrderJournal.Read(Path.Combine(journal, "live.jsonl")) : [];

    private static Dictionary<string, string> Environment(EmulatorHost host) => new()
    {
        ["EMU_KEY"] = host.Options.Key,
        ["EMU_SECRET"] = host.Options.Secret,
        ["ALPACA_KEY_ID"] = host.Options.Key,
        ["ALPACA_SECRET_KEY"] = host.Options.Secret,
    };

    /// <summary>Reveals bars one at a time (each goes out on the kline stream) until <paramref name="condition"/> holds.</summary>
    private static async Task StepUntilAsync(EmulatorHost host, CliProcess process, Func<bool> condition, string what)
    {
        await WaitAsync(() => process.Error.Contains("streaming", StringComparison.Ordinal), "the engine to start streaming", process);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            host.Control.Step();
            await Task.Delay(40);
        }

        await WaitAsync(condition, what, process);
    }

    private static async Task WaitAsync(Func<bool> condition, string what, CliProcess process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited in vain for {what}; the engine said:\n{process.Error}");
            await Task.Delay(25);
        }
    }
}
