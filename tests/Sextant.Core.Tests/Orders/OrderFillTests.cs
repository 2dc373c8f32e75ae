using Sextant.Core.Amounts;
using Sextant.Core.Orders;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Orders;

public sealed class OrderFillTests
{
    [Fact]
    public void Apply_TwoPartialFills_AccumulateWithExactAveragePrice()
    {
        var sut = new OrderBuilder().WithQuantity(1.0m).BuildIn(OrderStatus.Accepted);

        sut.Apply(Events.Filled(sut, 0.4m, 100.10m, "t1"));
        Assert.Equal(OrderStatus.PartiallyFilled, sut.Status);
        sut.Apply(Events.Filled(sut, 0.6m, 100.25m, "t2"));

        // By hand: (0.4 × 100.10 + 0.6 × 100.25) / 1.0 = (40.04 + 60.15) / 1.0 = 100.19
        Assert.Equal(100.19m, sut.AveragePrice);
        Assert.Equal(OrderStatus.Filled, sut.Status);
        Assert.Equal(new Quantity(1.0m), sut.FilledQuantity);
        Assert.True(sut.LeavesQuantity.IsZero);
        Assert.Equal(["t1", "t2"], sut.Fills.Select(f => f.TradeId));
    }

    [Fact]
    public void Apply_ThreeUnevenFills_AveragePriceIsExactDecimal()
    {
        var sut = new OrderBuilder().WithQuantity(0.003m).BuildIn(OrderStatus.Accepted);

        sut.Apply(Events.Filled(sut, 0.001m, 0.00001000m, "a"));
        sut.Apply(Events.Filled(sut, 0.001m, 0.00001001m, "b"));
        sut.Apply(Events.Filled(sut, 0.001m, 0.00001002m, "c"));

        // By hand: (1000 + 1001 + 1002) / 3 = 1001 → 0.00001001
        Assert.Equal(0.00001001m, sut.AveragePrice);
    }

    [Fact]
    public void Apply_Overfill_ThrowsNamingOrderAndQuantitiesAndChangesNothing()
    {
        var sut = new OrderBuilder().WithId("of-1").WithQuantity(1m).BuildIn(OrderStatus.Accepted);
        sut.Apply(Events.Filled(sut, 0.7m, 100m, "t1"));

        var ex = Assert.Throws<InvalidOperationException>(() => sut.Apply(Events.Filled(sut, 0.5m, 100m, "t2")));

        Assert.Equal("Order of-1: fill t2 of 0.5 would overfill the order: filled 0.7 of 1, 1.2 after the fill", ex.Message);
        Assert.Equal(OrderStatus.PartiallyFilled, sut.Status);
        Assert.Equal(new Quantity(0.7m), sut.FilledQuantity);
        Assert.Single(sut.Fills);
    }

    [Fact]
    public void Apply_DuplicateTradeId_ReturnsFalseAndChangesNothing()
    {
        var sut = new OrderBuilder().WithQuantity(1m).BuildIn(OrderStatus.Accepted);
        var fill = Events.Fill(sut, 0.4m, 100m, "t1");
        Assert.True(sut.Apply(new OrderFilled(fill)));
        var eventsBefore = sut.Events.Count;
        var timeBefore = sut.LastEventTime;

        var applied = sut.Apply(new OrderFilled(fill));

        Assert.False(applied);
        Assert.Equal(new Quantity(0.4m), sut.FilledQuantity);
        Assert.Single(sut.Fills);
        Assert.Equal(eventsBefore, sut.Events.Count);
        Assert.Equal(timeBefore, sut.LastEventTime);
        Assert.Equal(OrderStatus.PartiallyFilled, sut.Status);
    }

    [Fact]
    public void Apply_DuplicateTradeIdWithOtherQuantity_ThrowsAsConflict()
    {
        var sut = new OrderBuilder().WithId("dup-1").WithQuantity(1m).BuildIn(OrderStatus.Accepted);
        sut.Apply(Events.Filled(sut, 0.4m, 100m, "t1"));

        var ex = Assert.Throws<InvalidOperationException>(() => sut.Apply(Events.Filled(sut, 0.5m, 100m, "t1")));

        Assert.Contains("Order dup-1: trade t1 was applied as 0.4 @ 100 and is now reported as 0.5 @ 100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_FillForAnotherSymbol_ThrowsArgumentException()
    {
        var sut = new OrderBuilder().WithId("x-1").BuildIn(OrderStatus.Accepted);
        var other = new OrderBuilder().WithId("x-1").WithSymbol("ETHUSDT").Build();

        var ex = Assert.Throws<ArgumentException>(() => sut.Apply(Events.Filled(other, 0.5m, 100m, "t1")));

        Assert.Contains("Order x-1 (Buy BTCUSDT): fill t1 is for Buy ETHUSDT", ex.Message, StringComparison.Ordinal);
        Assert.Empty(sut.Fills);
    }

    [Fact]
    public void Apply_FillForTheOtherSide_ThrowsArgumentException()
    {
        var sut = new OrderBuilder().WithId("x-2").BuildIn(OrderStatus.Accepted);
        var other = new OrderBuilder().WithId("x-2").Selling().Build();

        var ex = Assert.Throws<ArgumentException>(() => sut.Apply(Events.Filled(other, 0.5m, 100m, "t1")));

        Assert.Contains("fill t1 is for Sell BTCUSDT", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_FillWithOtherVenueOrderId_ThrowsArgumentException()
    {
        var sut = new OrderBuilder().BuildIn(OrderStatus.Accepted);

        Assert.Throws<ArgumentException>(() => sut.Apply(new OrderFilled(Events.Fill(sut, 0.5m, 100m, "t1", new VenueOrderId("other")))));
        Assert.Equal(OrderStatus.Accepted, sut.Status);
    }

    [Fact]
    public void Fill_ZeroQuantity_ThrowsNamingTradeAndOrder()
    {
        var order = new OrderBuilder().WithId("f-1").Build();

        var ex = Assert.Throws<ArgumentException>(() => Events.Fill(order, 0m, 100m, "t9"));

        Assert.Equal("quantity", ex.ParamName);
        Assert.StartsWith("Fill t9 for order f-1: quantity must be positive, was 0", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Fill_BlankTradeId_Throws(string tradeId)
    {
        var order = new OrderBuilder().WithId("f-2").Build();

        var ex = Assert.Throws<ArgumentException>(() => Events.Fill(order, 1m, 100m, tradeId));

        Assert.Contains("Fill for order f-2: trade id must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_Notional_IsExactPriceTimesQuantity()
    {
        var order = new OrderBuilder().Build();

        var sut = Events.Fill(order, 0.4m, 100.10m, "t1");

        Assert.Equal(40.040m, sut.Notional);
    }
}
