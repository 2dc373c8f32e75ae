using Sextant.Core.Orders;
using Sextant.Engine.Journal;
using Sextant.Engine.Tests.Support;

namespace Sextant.Engine.Tests.Running;

/// <summary>
/// <c>risk:</c> in a live run through the Binance US adapter at the emulator: the kill switch cancels the venue's open
/// orders, a venue's "insufficient balance" is not retried in a loop, and dust is reported, never sent.
/// </summary>
public sealed class RiskTests
{
    [Fact]
    public async Task KillSwitch_DrawdownBreach_CancelsTheOpenOrdersAtTheVenueAndStopsNewOnes()
    {
        await using var rig = await EngineRig.StartAsync();
        await using var sut = rig.Run(rig.Config(Configs.LiveTrend, "risk.max_drawdown=0.000001"));
        await LiveRunTests.StepUntilAsync(rig, () => rig.Host.Control.Orders().Any(o => o.IsOpen), "a resting order");
        var resting = rig.Host.Control.Orders().First(o => o.IsOpen);

        // Half of it fills: the venue's fee is a loss of a few millionths of the equity, beyond the limit.
        Assert.True(rig.Host.Control.Trade(resting.ClientOrderId, decimal.Round(resting.Quantity / 2, 5)));
        await LiveRunTests.StepUntilAsync(rig, () => rig.Journal().Any(e => (string?)e.Data["event"] == "kill_switch"), "the kill switch");
        await EngineRig.WaitUntilAsync(() => !rig.Host.Control.Orders().Any(o => o.IsOpen), "the venue to cancel the open orders");
        var ordersAtTrip = rig.Host.Control.Orders().Count;
        for (var i = 0; i < 80; i++)
        {
            rig.Step();
        }

        await Task.Delay(300);
        var summary = await sut.StopAsync();

        Assert.Equal("canceled", rig.Host.Control.Orders().Single(o => o.ClientOrderId == resting.ClientOrderId).Status);
        Assert.Contains(rig.Journal(), e => e.Type == JournalEntryType.Canceled && e.OrderId == resting.ClientOrderId);
        Assert.Contains("drawdown", summary.Brokers[0].KillSwitch, StringComparison.Ordinal);
        var after = rig.Host.Control.Orders().Skip(ordersAtTrip).ToList();
        Assert.True(after.All(o => o.Side == "sell"), "after the trip only orders that reduce the position may go out: " + string.Join(", ", after) + "\n" + sut.Log);
        Assert.Contains("kill switch at binanceus", sut.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Place_VenueRefusesForBalance_IsSaidOnceAndNotSentAgainUntilTheBalanceChanges()
    {
        await using var rig = await EngineRig.StartAsync();
        // 150,000 USDT per position against the venue's 100,000: the first buy is refused by the venue for balance.
        await using var sut = rig.Run(rig.Config(Configs.LiveTrend, "execution.sizing.notional=150000", "risk.max_order_notional=null",
            "risk.max_position_notional=null", "execution.order_type=market"));
        await LiveRunTests.StepUntilAsync(rig, () => rig.Journal().Count(e => e.Type == JournalEntryType.Signal && (decimal?)e.Data["target_quantity"] > 0) >= 3,
            "three buy signals");
        var summary = await sut.StopAsync();

        Assert.True(rig.Journal().Count(e => e.Type == JournalEntryType.Reject && (string?)e.Data["reason_code"] == nameof(RejectReason.InsufficientBalance)) == 1, sut.Log);
        Assert.True(rig.Journal().Count(e => (string?)e.Data["event"] == "refused" && (string?)e.Data["reason"] == nameof(RejectReason.InsufficientBalance)) >= 2);
        Assert.Single(rig.Journal(), e => e.Type == JournalEntryType.OrderRequest); // three buy signals, one request: the venue was asked once
        Assert.Empty(rig.Host.Control.Orders()); // the venue refused it and keeps no record
        Assert.Equal(1, CountOf(sut.Log, "insufficient balance: btc_trend BTCUSDT"));
        Assert.Equal(0, summary.Brokers[0].Fills);
    }

    [Fact]
    public async Task Place_OrderBelowTheVenuesMinimumNotional_IsReportedAsDustAndNeverSent()
    {
        await using var rig = await EngineRig.StartAsync();
        // 5 USDT per position; the venue's NOTIONAL filter asks for at least 10.
        await using var sut = rig.Run(rig.Config(Configs.LiveTrend, "execution.sizing.notional=5"));
        await LiveRunTests.StepUntilAsync(rig, () => rig.Journal().Count(e => e.Type == JournalEntryType.Signal) >= 2, "two signals");
        await sut.StopAsync();

        Assert.Empty(rig.Host.Control.Orders());
        Assert.Contains(rig.Journal(), e => (string?)e.Data["event"] == "refused" && (string?)e.Data["reason"] == nameof(RejectReason.MinNotional));
        Assert.Equal(1, CountOf(sut.Log, "dust: btc_trend BTCUSDT"));
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
