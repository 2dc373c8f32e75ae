using Sextant.Brokers.Contract.Support;
using Sextant.Core.Orders;

namespace Sextant.Brokers.Contract;

/// <summary>
/// What every venue adapter must do, driven through the OrderManager as the engine drives it (style §39). Subclasses
/// supply the venue; a scenario that cannot apply to a venue is overridden there with <c>[Fact(Skip = reason)]</c>.
/// </summary>
public abstract class BrokerContractTests
{
    protected abstract Task<IContractVenue> CreateVenueAsync();

    [Fact]
    public virtual async Task Submit_Market_EndsFilled()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);

        var order = await sut.SubmitAsync(OrderSide.Buy, venue.Quantity);

        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Filled, "the market order to fill");
        Assert.Equal(venue.Quantity, sut.Fills.Sum(f => f.Quantity.Value));
        Assert.NotNull(order.VenueOrderId);
    }

    [Fact]
    public virtual async Task Submit_LimitThenPartialThenFull_EndsFilled()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);
        var limit = venue.OnTick(venue.Price * 0.99m);

        var order = await sut.SubmitAsync(OrderSide.Buy, venue.Quantity, limit);
        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Accepted, "the acknowledgement");
        await venue.TradeAsync(order.Id, venue.Quantity / 2, limit);
        await sut.WaitUntilAsync(() => order.Status == OrderStatus.PartiallyFilled, "the partial fill");
        await venue.TradeAsync(order.Id, venue.Quantity / 2, limit);

        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Filled, "the second fill");
        Assert.Equal(2, sut.Fills.Count);
        Assert.Equal(limit, order.AveragePrice);
    }

    [Fact]
    public virtual async Task Cancel_WorkingLimit_EndsCanceled()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);
        var order = await sut.SubmitAsync(OrderSide.Buy, venue.Quantity, venue.OnTick(venue.Price * 0.9m));
        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Accepted, "the acknowledgement");

        Assert.True(await sut.Manager.CancelAsync(order.Id, CancellationToken.None));

        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Canceled, "the cancel");
        Assert.Empty(sut.Fills);
    }

    [Fact]
    public virtual async Task Cancel_FillRacesTheCancel_EndsFilledAndTheFillIsReported()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);
        var order = await sut.SubmitAsync(OrderSide.Buy, venue.Quantity, venue.OnTick(venue.Price * 0.9m));
        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Accepted, "the acknowledgement");
        venue.ArmCancelRace();

        await sut.Manager.CancelAsync(order.Id, CancellationToken.None);

        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Filled, "the racing fill");
        Assert.Equal(order.Quantity, Assert.Single(sut.Fills).Quantity);
    }

    [Fact]
    public virtual async Task Submit_OffLotQuantity_IsRejectedWithLotSize()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);

        var order = await sut.SubmitAsync(OrderSide.Buy, venue.OffLotQuantity, venue.OnTick(venue.Price * 0.9m));

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal(RejectReason.LotSize, Assert.IsType<OrderRejected>(order.Events[^1]).Code);
    }

    [Fact]
    public virtual async Task Submit_MoreThanTheAccountCanPay_IsRejectedWithInsufficientBalance()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);

        var order = await sut.SubmitAsync(OrderSide.Buy, venue.UnaffordableQuantity, venue.OnTick(venue.Price));

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal(RejectReason.InsufficientBalance, Assert.IsType<OrderRejected>(order.Events[^1]).Code);
    }

    [Fact]
    public virtual async Task CheckTimeouts_StaleLimit_CancelsAndReplacesWithAMarketOrder()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);
        var stale = await sut.SubmitAsync(OrderSide.Buy, venue.Quantity, venue.OnTick(venue.Price * 0.9m));
        await sut.WaitUntilAsync(() => stale.Status == OrderStatus.Accepted, "the acknowledgement");

        sut.Clock.Advance(ContractHarness.Execution.StaleAfter + TimeSpan.FromSeconds(1));

        Order? replacement = null;
        await sut.WaitUntilAsync(
            () => (replacement = sut.Manager.AllOrders.FirstOrDefault(o => o.Id != stale.Id)) is { Status: OrderStatus.Filled },
            "the market replacement to fill",
            () => sut.Manager.CheckTimeoutsAsync(CancellationToken.None).AsTask());
        Assert.Equal(OrderStatus.Canceled, stale.Status);
        Assert.Equal(OrderType.Market, replacement!.OrderType);
        Assert.Equal(stale.Quantity, replacement.Quantity);
        Assert.EndsWith("-1", replacement.Id.Value, StringComparison.Ordinal); // same signal and leg, attempt 1
    }

    [Fact]
    public virtual async Task CheckTimeouts_AcknowledgementLost_FindsTheOrderByClientId()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);
        venue.DropNextSubmitResponse();

        var order = await sut.SubmitAsync(OrderSide.Buy, venue.Quantity, venue.OnTick(venue.Price * 0.9m));
        Assert.Equal(OrderStatus.Submitted, order.Status);
        sut.Clock.Advance(ContractHarness.Execution.AckTimeout + TimeSpan.FromSeconds(1));
        await sut.Manager.CheckTimeoutsAsync(CancellationToken.None);

        Assert.Equal(OrderStatus.Accepted, order.Status);
        Assert.NotNull(order.VenueOrderId);
        Assert.Single(sut.Manager.AllOrders); // found, not sent again
    }

    [Fact]
    public virtual async Task Stream_FillWhileDisconnected_AppearsAfterReconnect()
    {
        await using var venue = await CreateVenueAsync();
        var sut = new ContractHarness(venue);
        var limit = venue.OnTick(venue.Price * 0.99m);
        var order = await sut.SubmitAsync(OrderSide.Buy, venue.Quantity, limit);
        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Accepted, "the acknowledgement");

        await venue.StreamDownAsync();
        await venue.TradeAsync(order.Id, venue.Quantity, limit);
        await Task.Delay(50);
        sut.Broker.Pump();
        Assert.Equal(OrderStatus.Accepted, order.Status); // the fill happened, but nobody told us
        await venue.StreamUpAsync();

        await sut.WaitUntilAsync(() => order.Status == OrderStatus.Filled, "the fill to be recovered after the reconnect");
        Assert.Equal(venue.Quantity, Assert.Single(sut.Fills).Quantity.Value);
        Assert.Equal(venue.Quantity, sut.Portfolio.NetQuantity(venue.Symbol)); // booked in the portfolio, once
    }
}
