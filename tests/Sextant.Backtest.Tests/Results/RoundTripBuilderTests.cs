using Sextant.Backtest.Results;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Backtest.Tests.Results;

public sealed class RoundTripBuilderTests
{
    private static int _trade;

    private static Fill Fill(string symbol, OrderSide side, decimal quantity, decimal price, decimal fee, int minute) =>
        new(new ClientOrderId("p-1-0-0"), null, (++_trade).ToString(System.Globalization.CultureInfo.InvariantCulture), new Symbol(symbol), side,
            new Quantity(quantity), new Price(price), new Money(fee, new Asset("USDT")), Liquidity.Taker,
            UnixNanos.FromUnixSeconds(60L * minute), new StrategyId("pairs"), new BrokerId("sim"));

    [Fact]
    public void Build_PairLegsTogether_OneRoundTripWithNetCashFlow()
    {
        // entry: buy 1 Y @100 (fee 0.1), sell 2 X @50 (fee 0.1); exit: sell 1 Y @110 (fee 0.11), buy 2 X @45 (fee 0.09)
        // cash flow: −100 − 0.1 + 100 − 0.1 + 110 − 0.11 − 90 − 0.09 = 19.6; fees 0.4
        Fill[] fills =
        [
            Fill("Y", OrderSide.Buy, 1, 100, 0.1m, 1), Fill("X", OrderSide.Sell, 2, 50, 0.1m, 1),
            Fill("Y", OrderSide.Sell, 1, 110, 0.11m, 9), Fill("X", OrderSide.Buy, 2, 45, 0.09m, 9),
        ];

        var sut = RoundTripBuilder.Build(fills, _ => "Y/X");

        var trip = Assert.Single(sut);
        Assert.Equal(19.6m, trip.Pnl);
        Assert.Equal(0.4m, trip.Fees);
        Assert.Equal(4, trip.Fills);
        Assert.Equal(TimeSpan.FromMinutes(8), trip.Duration);
        Assert.Equal("Y/X", trip.Book);
    }

    [Fact]
    public void Build_FillCrossingZero_SplitsIntoCloseAndNewOpen()
    {
        // long 1 @100; sell 3 @90 with fee 0.3 → closing third: −100 + 90 − 0.1 = −10.1
        // opens short 2 @90 with fee 0.2 (cash 179.8); buy 2 @80 → 179.8 − 160 = 19.8
        Fill[] fills = [Fill("B", OrderSide.Buy, 1, 100, 0, 1), Fill("B", OrderSide.Sell, 3, 90, 0.3m, 2), Fill("B", OrderSide.Buy, 2, 80, 0, 3)];

        var sut = RoundTripBuilder.Build(fills, f => f.Symbol.Value);

        Assert.Equal([-10.1m, 19.8m], sut.Select(t => t.Pnl));
        Assert.Equal([0.1m, 0.2m], sut.Select(t => t.Fees));
    }

    [Fact]
    public void Build_StillOpenAtTheEnd_IsNotARoundTrip()
    {
        var sut = RoundTripBuilder.Build([Fill("B", OrderSide.Buy, 1, 100, 0, 1)], f => f.Symbol.Value);

        Assert.Empty(sut);
    }

    [Fact]
    public void TradeStatistics_WinsAndLosses_HandWorked()
    {
        // PnL 10, −5, 20: win rate 2/3; profit factor 30 / 5 = 6; average win 15; average loss −5
        RoundTrip Trip(decimal pnl) => new(new StrategyId("s"), "b", default, default, pnl, 0, 2);

        var sut = TradeStatisticsBuilder.Build([Trip(10), Trip(-5), Trip(20)], orders: 6, fills: 6, fees: 1.5m, exposureTime: 0.5, turnover: 3);

        Assert.Equal(2.0 / 3, sut.WinRate, 12);
        Assert.Equal(6, sut.ProfitFactor, 12);
        Assert.Equal(15m, sut.AverageWin);
        Assert.Equal(-5m, sut.AverageLoss);
        Assert.Equal(25m, sut.NetPnl);
    }
}
