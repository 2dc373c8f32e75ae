using Sextant.Brokers.Simulated.Models;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Brokers.Simulated.Tests.Models;

public sealed class FeeModelTests
{
    private static readonly Asset Usd = new("USD");

    private static Order Order(OrderSide side) => Core.Orders.Order.Create(new ClientOrderId("t-1-0-0"), new StrategyId("t"), new BrokerId("alpaca"),
        new Symbol("SPY"), AssetClass.Equity, side, OrderType.Market, new Quantity(100m), null, TimeInForce.Day, default);

    [Fact]
    public void Alpaca_Sell_PaysSecFeeAndTafRoundedUpToTheCent()
    {
        // proceeds 100 · 150 = 15000; SEC 15000 · 27.80 / 10⁶ = 0.417 → 0.42; TAF 100 · 0.000166 = 0.0166 → 0.02
        var sut = new AlpacaFeeModel(27.80m, 0.000166m, 8.30m);

        Assert.Equal(new Money(0.44m, Usd), sut.Fee(Order(OrderSide.Sell), 100m, 150m, 15_000m, Liquidity.Taker, Usd));
    }

    [Fact]
    public void Alpaca_LargeSell_TafIsCapped()
    {
        // 100000 shares at 10: SEC 1000000 · 27.80 / 10⁶ = 27.80; TAF min(16.6, 8.30) = 8.30
        var sut = new AlpacaFeeModel(27.80m, 0.000166m, 8.30m);

        Assert.Equal(36.10m, sut.Fee(Order(OrderSide.Sell), 100_000m, 10m, 1_000_000m, Liquidity.Taker, Usd).Amount);
    }

    [Fact]
    public void Alpaca_Buy_IsFree() =>
        Assert.Equal(0m, new AlpacaFeeModel(27.80m, 0.000166m, 8.30m).Fee(Order(OrderSide.Buy), 100m, 150m, 15_000m, Liquidity.Taker, Usd).Amount);

    [Theory]
    [InlineData(Liquidity.Maker, 0.2)]
    [InlineData(Liquidity.Taker, 0.6)]
    public void BinanceUs_ChargesByLiquidity(Liquidity liquidity, decimal expected)
    {
        // notional 2 · 100 = 200; maker 10 bps → 0.2, taker 30 bps → 0.6
        var sut = new BinanceUsFeeModel(10m, 30m);

        Assert.Equal(expected, sut.Fee(Order(OrderSide.Buy), 2m, 100m, 200m, liquidity, Usd).Amount);
    }
}
