using Sextant.Brokers.Simulated.Tests.Support;
using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Brokers.Simulated.Tests.Venue;

public sealed class OrderManagerTests
{
    [Fact]
    public async Task CheckTimeouts_StaleLimit_CancelsAndReplacesTheRestWithAMarketOrder()
    {
        var sut = new VenueHarness(execution: new ExecutionConfig { StaleAfter = TimeSpan.FromMinutes(2), ReplaceWithMarket = true });
        sut.Bar(0, 100, 101, 99, 100);
        var limit = sut.Submit(OrderSide.Buy, 1m, OrderType.Limit, 90m);
        sut.Bar(1, 100, 101, 99, 100);
        await sut.Manager.CheckTimeoutsAsync(CancellationToken.None);
        Assert.Equal(OrderStatus.Accepted, limit.Status);

        sut.Bar(2, 100, 101, 99, 100);
        await sut.Manager.CheckTimeoutsAsync(CancellationToken.None);

        Assert.Equal(OrderStatus.Canceled, limit.Status);
        var replacement = Assert.Single(sut.Manager.OpenOrders);
        Assert.Equal(OrderType.Market, replacement.OrderType);
        Assert.Equal(1m, replacement.Quantity.Value);
        Assert.Equal("test-1-0-1", replacement.Id.Value); // same signal and leg, attempt 1
        sut.Bar(3, 100.5, 101, 99, 100);
        Assert.Equal(OrderStatus.Filled, replacement.Status);
        Assert.Equal(100.5m, Assert.Single(sut.Fills).Price.Value);
    }

    [Fact]
    public void TimeoutsDue_FromTheStaleDeadlineOfALimitOrder_NeverForAnAcceptedMarketOrder()
    {
        var sut = new VenueHarness(execution: new ExecutionConfig { StaleAfter = TimeSpan.FromMinutes(2) });
        sut.Bar(0, 100, 101, 99, 100);
        var start = sut.Clock.Now;
        Assert.False(sut.Manager.TimeoutsDue(start)); // nothing open
        sut.Submit(OrderSide.Buy, 1m, OrderType.Limit, 90m); // accepted at once, created at minute 0
        var market = sut.Submit(OrderSide.Buy, 1m);

        Assert.Equal(OrderStatus.Accepted, market.Status);
        Assert.False(sut.Manager.TimeoutsDue(new(start.Value + (2 * 60_000_000_000L) - 1)));
        Assert.True(sut.Manager.TimeoutsDue(new(start.Value + (2 * 60_000_000_000L)))); // age ≥ stale_after, as CheckTimeoutsAsync decides

        sut.Bar(1, 89, 91, 88, 90); // both fill: nothing left to time out
        Assert.Equal(0, sut.Manager.OpenOrderCount);
        Assert.False(sut.Manager.TimeoutsDue(new(start.Value + (10 * 60_000_000_000L))));
    }

    [Fact]
    public async Task CheckTimeouts_StaleWithoutReplace_OnlyCancels()
    {
        var sut = new VenueHarness(execution: new ExecutionConfig { StaleAfter = TimeSpan.FromMinutes(1), ReplaceWithMarket = false });
        sut.Bar(0, 100, 101, 99, 100);
        var limit = sut.Submit(OrderSide.Buy, 1m, OrderType.Limit, 90m);
        sut.Bar(1, 100, 101, 99, 100);

        await sut.Manager.CheckTimeoutsAsync(CancellationToken.None);

        Assert.Equal(OrderStatus.Canceled, limit.Status);
        Assert.Equal(0, sut.Manager.OpenOrderCount);
    }

    [Fact]
    public async Task OnOrderEvent_FillRacingACancel_IsAppliedAndReachesListeners()
    {
        var sut = new VenueHarness();
        sut.Bar(0, 100, 101, 99, 100);
        var order = sut.Submit(OrderSide.Buy, 1m, OrderType.Limit, 90m);
        await sut.Manager.CancelAsync(order.Id, CancellationToken.None);
        Assert.Equal(OrderStatus.Canceled, order.Status);

        var late = new Fill(order.Id, order.VenueOrderId, "race-1", VenueHarness.Btc, OrderSide.Buy, new Quantity(1m), new Price(90m),
            new Money(0m, new Asset("USDT")), Liquidity.Maker, sut.Clock.Now, order.Strategy, order.Broker);
        sut.Manager.OnOrderEvent(new OrderFilled(late));

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(late, Assert.Single(sut.Fills));
    }

    [Fact]
    public void OnOrderEvent_UnknownOrder_IsIgnoredNotThrown()
    {
        var sut = new VenueHarness();

        sut.Manager.OnOrderEvent(new OrderCanceled(new ClientOrderId("nobody-1-0-0"), sut.Clock.Now));

        Assert.Empty(sut.Updates);
    }

    [Fact]
    public void OnOrderEvent_RepeatedAcknowledgement_IsNotNews()
    {
        var sut = new VenueHarness();
        sut.Bar(0, 100, 101, 99, 100);
        var order = sut.Submit(OrderSide.Buy, 1m, OrderType.Limit, 90m);
        var updates = sut.Updates.Count;

        sut.Manager.OnOrderEvent(new OrderAccepted(order.Id, sut.Clock.Now, order.VenueOrderId!.Value));

        Assert.Equal(updates, sut.Updates.Count);
        Assert.Equal(OrderStatus.Accepted, order.Status);
    }

    [Fact]
    public void OnOrderEvent_IllegalMoveInStrictMode_Throws()
    {
        var sut = new VenueHarness();
        sut.Bar(0, 100, 101, 99, 100);
        var order = sut.Submit(OrderSide.Buy, 1m);
        sut.Bar(1, 100, 101, 99, 100);

        Assert.Throws<InvalidOrderTransitionException>(() => sut.Manager.OnOrderEvent(new OrderCanceled(order.Id, sut.Clock.Now)));
    }

    [Fact]
    public async Task Submit_SameTicketTwice_SendsOneOrder()
    {
        var sut = new VenueHarness();
        sut.Bar(0, 100, 101, 99, 100);
        var first = sut.Submit(OrderSide.Buy, 1m);

        var signal = sut.Manager.SignalOf(first.Id)!;
        var again = await sut.Manager.SubmitAsync(new Sextant.Execution.Orders.OrderTicket(signal, 1, 0, OrderSide.Buy, new Quantity(1m)), CancellationToken.None);

        Assert.Same(first, again);
        Assert.Single(sut.Manager.AllOrders);
    }
}
