using Sextant.Config.Schema;
using Sextant.Engine.Journal;
using Sextant.Engine.Tests.Support;

namespace Sextant.Engine.Tests.Running;

/// <summary>A confirmed live run through the real Binance US adapter against the emulator on 127.0.0.1: orders reach the venue's REST endpoint, its reports come back over the user-data stream.</summary>
public sealed class LiveRunTests
{
    [Fact]
    public async Task Run_LiveThroughTheAdapter_OrdersRestAtTheVenueAndTheirFillsAreBookedOnce()
    {
        await using var rig = await EngineRig.StartAsync();
        await using var sut = rig.Run(rig.Config(Configs.LiveTrend));

        await StepUntilAsync(rig, () => rig.Host.Control.Orders().Any(o => o.IsOpen), "a resting limit order at the venue");
        var resting = rig.Host.Control.Orders().First(o => o.IsOpen);
        Assert.True(rig.Host.Control.Trade(resting.ClientOrderId, resting.Quantity));
        await EngineRig.WaitUntilAsync(() => rig.Journal().Any(e => e.Type == JournalEntryType.Fill && e.OrderId == resting.ClientOrderId), "the fill in the journal");
        var summary = await sut.StopAsync();

        var broker = Assert.Single(summary.Brokers);
        Assert.Equal("LIVE", broker.Venue);
        var trade = Assert.Single(rig.Host.Control.Trades());
        Assert.Equal(resting.Quantity - trade.Commission, Assert.Single(broker.Positions).Quantity); // the venue takes a buy's fee in the coin bought
        Assert.Single(rig.Journal(), e => e.Type == JournalEntryType.Fill);
        Assert.Contains(rig.Journal(), e => e.Type == JournalEntryType.Ack && e.OrderId == resting.ClientOrderId);
        Assert.Equal(EngineMode.Live, sut.Engine.Mode);
    }

    internal static async Task StepUntilAsync(EngineRig rig, Func<bool> condition, string what)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            rig.Step();
            await Task.Delay(25);
        }

        await EngineRig.WaitUntilAsync(condition, what);
    }
}
