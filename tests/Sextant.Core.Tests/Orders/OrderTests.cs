using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Orders;

public sealed partial class OrderTests
{
    [Fact]
    public void Create_ValidMarketOrder_StartsCreatedWithNothingFilled()
    {
        var sut = new OrderBuilder().WithQuantity(0.5m).Build();

        Assert.Equal(OrderStatus.Created, sut.Status);
        Assert.Equal(new Quantity(0.5m), sut.LeavesQuantity);
        Assert.True(sut.FilledQuantity.IsZero);
        Assert.Equal(0m, sut.AveragePrice);
        Assert.Empty(sut.Fills);
        Assert.Empty(sut.Events);
        Assert.Null(sut.VenueOrderId);
        Assert.Equal(sut.CreatedAt, sut.LastEventTime);
    }

    [Fact]
    public void Create_ZeroQuantity_ThrowsNamingOrderAndValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OrderBuilder().WithId("abc-1").WithQuantity(0m).Build());

        Assert.Equal("quantity", ex.ParamName);
        Assert.StartsWith("Order abc-1: quantity must be positive, was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LimitWithoutPrice_ThrowsNamingOrder()
    {
        var ex = Assert.Throws<ArgumentException>(() => Order.Create(
            new ClientOrderId("abc-2"), Some.Strategy(), Some.Broker(), Some.Symbol(), AssetClass.Crypto, OrderSide.Buy,
            OrderType.Limit, new Quantity(1m), null, TimeInForce.Gtc, Some.Time()));

        Assert.Equal("limitPrice", ex.ParamName);
        Assert.Contains("Order abc-2: a Limit order needs a limit price", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MarketWithPrice_ThrowsNamingOrderAndPrice()
    {
        var ex = Assert.Throws<ArgumentException>(() => Order.Create(
            new ClientOrderId("abc-3"), Some.Strategy(), Some.Broker(), Some.Symbol(), AssetClass.Crypto, OrderSide.Buy,
            OrderType.Market, new Quantity(1m), new Price(101.5m), TimeInForce.Gtc, Some.Time()));

        Assert.Contains("Order abc-3: a Market order takes no limit price, was 101.5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnsetSymbol_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Order.Create(
            new ClientOrderId("abc-4"), Some.Strategy(), Some.Broker(), default, AssetClass.Crypto, OrderSide.Buy,
            OrderType.Market, new Quantity(1m), null, TimeInForce.Gtc, Some.Time()));

        Assert.Contains("Order abc-4: symbol must be set", ex.Message, StringComparison.Ordinal);
    }
}
