using Sextant.Brokers.Simulated.Tests.Support;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Execution.Orders;

namespace Sextant.Brokers.Simulated.Tests.Venue;

/// <summary>Rebuilding orders after a restart (the journal replayed through the same table) and the simulated venue's account rebuilt from the fills.</summary>
public sealed class OrderManagerRestoreTests
{
    private static OrderTicket Ticket(long sequence, OrderSide side = OrderSide.Buy, decimal quantity = 0.5m) =>
        new(new Signal(VenueHarness.Btc, SignalAction.Target, AssetClass.Crypto, new StrategyId("pair"), default, targetQuantity: quantity),
            sequence, 0, side, new Quantity(quantity));

    [Fact]
    public void Restore_AJournaledRequest_RecreatesTheOrderSubmittedWithTheSameIdWithoutSendingIt()
    {
        var sut = new VenueHarness();

        var order = sut.Manager.Restore(Ticket(7), attempt: 1, sut.Clock.Now);

        Assert.Equal("pair-7-0-1", order.Id.Value);
        Assert.Equal(OrderStatus.Submitted, order.Status);
        Assert.Single(sut.Manager.OpenOrders);
        Assert.Empty(sut.Venue.Fills);
        Assert.Same(order, sut.Manager.Restore(Ticket(7), attempt: 1, sut.Clock.Now));
    }

    [Fact]
    public void Restore_ThenTheJournalsEvents_EndsWhereTheFirstRunLeftIt()
    {
        var sut = new VenueHarness();
        var order = sut.Manager.Restore(Ticket(3), 0, sut.Clock.Now);

        sut.Manager.OnOrderEvent(new OrderAccepted(order.Id, sut.Clock.Now, new VenueOrderId("v-3")));
        sut.Manager.OnOrderEvent(new OrderFilled(Fill(order, "11", 0.2m, "pair")));
        sut.Manager.OnOrderEvent(new OrderFilled(Fill(order, "11", 0.2m, "pair"))); // the same fill twice: booked once

        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal(0.2m, order.FilledQuantity.Value);
        Assert.Single(sut.Fills);
    }

    [Fact]
    public void OnOrderEvent_FillReportedUnderAnotherStrategy_IsBookedUnderTheOrdersStrategy()
    {
        // After a restart a venue adapter may know an order only as "external"; the order, and so the fill, is ours.
        var sut = new VenueHarness();
        var order = sut.Manager.Restore(Ticket(4), 0, sut.Clock.Now);
        sut.Manager.OnOrderEvent(new OrderAccepted(order.Id, sut.Clock.Now, new VenueOrderId("v-4")));

        sut.Manager.OnOrderEvent(new OrderFilled(Fill(order, "12", 0.5m, "external")));

        Assert.Equal(new StrategyId("pair"), Assert.Single(sut.Fills).Strategy);
        Assert.Equal(OrderStatus.Filled, order.Status);
    }

    [Fact]
    public void Restore_VenueAccount_CashPositionsAndTradeIdsContinue()
    {
        var first = new VenueHarness();
        first.Bar(0, 25_000, 25_000, 25_000, 25_000);
        first.Submit(OrderSide.Buy, 0.4m);
        first.Bar(1, 25_100, 25_100, 25_100, 25_100);
        var sut = new VenueHarness();

        sut.Venue.Restore(first.Venue.Fills);
        sut.Bar(0, 25_000, 25_000, 25_000, 25_000);
        sut.Submit(OrderSide.Sell, 0.4m);
        sut.Bar(1, 25_200, 25_200, 25_200, 25_200);

        Assert.Equal(first.Venue.Cash + (0.4m * 25_200m), sut.Venue.Cash);
        Assert.Equal(["1", "2"], sut.Venue.Fills.Select(f => f.TradeId));
    }

    private static Fill Fill(Order order, string tradeId, decimal quantity, string strategy) =>
        new(order.Id, order.VenueOrderId, tradeId, order.Symbol, order.Side, new Quantity(quantity), new Price(25_000m), Money.Zero(new Asset("USDT")),
            Liquidity.Taker, order.CreatedAt, new StrategyId(strategy), order.Broker);
}
