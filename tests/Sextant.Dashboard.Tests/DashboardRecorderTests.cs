using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Dashboard.Source;
using Sextant.Portfolio;
using Sextant.Tests.Shared;

namespace Sextant.Dashboard.Tests;

public sealed class DashboardRecorderTests
{
    [Fact]
    public async Task CancelOrder_QueuedMode_RunsOnlyWhenTheEngineLoopExecutesIt()
    {
        var run = new TestRun(inlineCancels: false);
        await run.SeedAsync();
        var id = run.Crypto.Orders.OpenOrders.Single().Id;

        var pending = run.Recorder.CancelOrderAsync(id, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(pending.IsCompleted);
        Assert.Equal(OrderStatus.Accepted, run.Crypto.Orders.Find(id)!.Status);

        await run.Recorder.ExecuteCancelsAsync(CancellationToken.None); // the engine loop's turn

        Assert.Equal(CancelOutcome.Sent, await pending);
        Assert.Equal(OrderStatus.Canceled, run.Crypto.Orders.Find(id)!.Status);
        Assert.Empty(run.Recorder.Current.OpenOrders);
    }

    [Fact]
    public async Task CancelOrder_LoopNeverRuns_TimesOut()
    {
        var run = new TestRun(inlineCancels: false);
        var recorder = new DashboardRecorder("r", "paper", run.Meta, options: new DashboardRecorderOptions { CancelTimeout = TimeSpan.FromMilliseconds(50) });
        recorder.Attach(run.Crypto.Orders);

        Assert.Equal(CancelOutcome.TimedOut, await recorder.CancelOrderAsync(new ClientOrderId("x-1"), CancellationToken.None));
    }

    [Fact]
    public void RecordEquity_MoreThanTheLimit_KeepsTheNewest()
    {
        var meta = new MetaPortfolio(new Asset("USD"));
        meta.Add(new BrokerId("sim"), new Portfolio.Portfolio(new Asset("USD"), 1_000m));
        var sut = new DashboardRecorder("r", "paper", meta, options: new DashboardRecorderOptions { MaxEquityPoints = 3 });

        for (var minute = 1; minute <= 5; minute++)
        {
            sut.RecordEquity(new UnixNanos(minute * SimDesk.Minute));
        }

        Assert.Equal([3L, 4L, 5L], sut.Current.TotalEquity.Select(p => p.Time.Value / SimDesk.Minute));
        Assert.Equal(3, sut.Current.BrokerEquity[new BrokerId("sim")].Count);
    }

    [Fact]
    public void Changed_EveryUpdate_RaisedWithIncreasingVersion()
    {
        var sut = new DashboardRecorder("r", "paper");
        var versions = new List<long>();
        sut.Changed += (_, e) => versions.Add(e.Version);

        sut.SetBrokerHealth(new BrokerHealth { Broker = new BrokerId("a"), Connected = true });
        sut.SetBrokerHealth(new BrokerHealth { Broker = new BrokerId("a"), Connected = false });

        Assert.Equal([1L, 2L], versions);
        Assert.False(Assert.Single(sut.Current.Brokers).Connected);
    }

    [Fact]
    public async Task Current_AfterMoreFills_EarlierStateUnchanged()
    {
        var run = new TestRun();
        await run.SeedAsync();
        var before = run.Recorder.Current;

        run.Minute(29_900, 1_990, 452); // fills the resting limit

        Assert.Equal(3, before.RecentFills.Count);
        Assert.Single(before.OpenOrders);
        Assert.Equal(4, run.Recorder.Current.RecentFills.Count);
    }
}
