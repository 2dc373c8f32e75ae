using Sextant.Brokers.Simulated.Tests.Support;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Execution.Instruments;

namespace Sextant.Brokers.Simulated.Tests.Venue;

public sealed class SimulatedVenueTests
{
    [Fact]
    public void MarketOrder_NextOpen_FillsAtTheNextBarsOpenWithSlippageAndCommission()
    {
        var sut = new VenueHarness(new BacktestingConfig { SlippageBps = 2, CommissionBps = 10 });
        sut.Bar(0, 100, 101, 99, 100.5);

        var order = sut.Submit(OrderSide.Buy, 2m);
        Assert.Equal(OrderStatus.Accepted, order.Status);
        sut.Bar(1, 101, 102, 100, 101.5);

        // 101 · (1 + 2/10⁴) = 101.0202; commission 10/10⁴ · 2 · 101.0202 = 0.2020404
        var fill = Assert.Single(sut.Fills);
        Assert.Equal(101.0202m, fill.Price.Value);
        Assert.Equal(0.2020404m, fill.Fee.Amount);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(100_000m - (2m * 101.0202m) - 0.2020404m, sut.Venue.Cash);
    }

    [Fact]
    public void MarketSell_NextOpen_SlipsDown()
    {
        var sut = new VenueHarness(new BacktestingConfig { SlippageBps = 2, CommissionBps = 0 });
        sut.Bar(0, 100, 101, 99, 100.5);
        sut.Submit(OrderSide.Sell, 1m);

        sut.Bar(1, 200, 201, 199, 200);

        Assert.Equal(199.96m, Assert.Single(sut.Fills).Price.Value); // 200 · (1 − 0.0002)
    }

    [Fact]
    public void MarketOrder_CloseModel_FillsAtTheDecisionBarsClose()
    {
        var sut = new VenueHarness(new BacktestingConfig { SlippageBps = 0, CommissionBps = 0, FillModel = FillModel.Close });
        sut.Bar(0, 100, 101, 99, 100.5);

        var order = sut.Submit(OrderSide.Buy, 1m);

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(100.5m, Assert.Single(sut.Fills).Price.Value);
    }

    [Fact]
    public void LimitBuy_BarNeverTradesThrough_StaysWorking()
    {
        var sut = new VenueHarness();
        sut.Bar(0, 100, 101, 99, 100);
        var order = sut.Submit(OrderSide.Buy, 1m, OrderType.Limit, 98m);

        sut.Bar(1, 100, 101, 98.5, 100);

        Assert.Empty(sut.Fills);
        Assert.Equal(OrderStatus.Accepted, order.Status);
    }

    [Fact]
    public void LimitBuy_BarTradesThrough_FillsAtTheLimitWithoutSlippage()
    {
        var sut = new VenueHarness(new BacktestingConfig { SlippageBps = 50, CommissionBps = 0 });
        sut.Bar(0, 100, 101, 99, 100);
        sut.Submit(OrderSide.Buy, 1m, OrderType.Limit, 98m);

        sut.Bar(1, 100, 101, 97, 99);

        var fill = Assert.Single(sut.Fills);
        Assert.Equal(98m, fill.Price.Value);
        Assert.Equal(Liquidity.Maker, fill.Liquidity);
    }

    [Fact]
    public void LimitBuy_GapBelowLimit_FillsAtTheBetterOpen()
    {
        var sut = new VenueHarness();
        sut.Bar(0, 100, 101, 99, 100);
        sut.Submit(OrderSide.Buy, 1m, OrderType.Limit, 98m);

        sut.Bar(1, 95, 96, 94, 95.5);

        Assert.Equal(95m, Assert.Single(sut.Fills).Price.Value);
    }

    [Fact]
    public void LimitSell_TouchesLimit_Fills()
    {
        var sut = new VenueHarness();
        sut.Bar(0, 100, 101, 99, 100);
        sut.Submit(OrderSide.Sell, 1m, OrderType.Limit, 102m);

        sut.Bar(1, 100, 102, 99, 101);

        Assert.Equal(102m, Assert.Single(sut.Fills).Price.Value);
    }

    [Fact]
    public void VolumeCap_FillsPartlyBarByBar()
    {
        var sut = new VenueHarness(new BacktestingConfig { SlippageBps = 0, CommissionBps = 0, VolumeCap = 0.1 });
        sut.Bar(0, 100, 101, 99, 100, volume: 10);
        var order = sut.Submit(OrderSide.Buy, 2.5m);

        sut.Bar(1, 100, 101, 99, 100, volume: 10);
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal(1m, order.FilledQuantity.Value);
        sut.Bar(2, 101, 101, 99, 100, volume: 10);
        sut.Bar(3, 102, 103, 101, 102, volume: 10);

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal([1m, 1m, 0.5m], sut.Fills.Select(f => f.Quantity.Value));
        Assert.Equal(((1m * 100) + (1m * 101) + (0.5m * 102)) / 2.5m, order.AveragePrice);
    }

    [Fact]
    public void Submit_BelowMinimumNotional_IsRejectedWithTheReason()
    {
        var catalog = new InstrumentCatalog();
        catalog.Set(new InstrumentRules(VenueHarness.Btc, LotSize: 0.0001m, MinNotional: 10m));
        var sut = new VenueHarness(instruments: catalog);
        sut.Bar(0, 27_000, 27_100, 26_900, 27_000);

        var order = sut.Submit(OrderSide.Buy, 0.0003m);

        Assert.Equal(OrderStatus.Rejected, order.Status);
        var rejected = Assert.IsType<OrderRejected>(order.Events[^1]);
        Assert.Equal(RejectReason.MinNotional, rejected.Code);
        Assert.Contains("below the minimum 10", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(0, sut.Manager.OpenOrderCount);
    }

    [Fact]
    public void OnBar_NoWorkingOrders_AllocatesNothing()
    {
        var sut = new VenueHarness();
        var bar = new Sextant.Core.Bars.Bar(sut.Clock.Now, 1, 1, 1, 1, 1);
        for (var i = 0; i < 100; i++)
        {
            sut.Venue.OnBar(sut.Index, in bar);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            sut.Venue.OnBar(sut.Index, in bar);
        }

        Assert.Equal(0L, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
