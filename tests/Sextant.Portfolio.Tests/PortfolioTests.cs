using Sextant.Core.Orders;
using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// Cash and positions through Apply; 10,000 USDT to start unless said otherwise.
public sealed partial class PortfolioTests
{
    private readonly Portfolio _sut = Some.CryptoPortfolio();

    [Fact]
    public void Apply_BuyThenPartialSell_MovesCashAndRealizes()
    {
        _sut.Apply(Fills.Buy(2m, 100m));
        _sut.Apply(Fills.Sell(0.5m, 110m));

        var position = _sut.PositionOf(Some.Strategy(), Some.BtcUsdt)!;
        // cash = 10,000 − 2 × 100 + 0.5 × 110 = 9,855
        Assert.Equal(9_855m, _sut.Cash);
        Assert.Equal(1.5m, position.Quantity);
        Assert.Equal(100m, position.AverageCost);
        Assert.Equal(5m, _sut.RealizedPnl);
        Assert.Equal(1.5m, _sut.NetQuantity(Some.BtcUsdt));
    }

    [Fact]
    public void Apply_Flip_ClosesLongAndOpensShort()
    {
        _sut.Apply(Fills.Buy(1m, 100m));
        _sut.Apply(Fills.Sell(3m, 90m, seconds: 5));
        _sut.Mark(Some.BtcUsdt, 85m);

        var position = _sut.PositionOf(Some.Strategy(), Some.BtcUsdt)!;
        // cash = 10,000 − 100 + 270 = 10,170; realized −10; short 2 @ 90 marked at 85 → unrealized +10
        // equity = 10,170 + (−2 × 85) = 10,000 = 10,000 + (−10) + 10 − 0
        Assert.Equal(10_170m, _sut.Cash);
        Assert.Equal(-2m, position.Quantity);
        Assert.Equal(90m, position.AverageCost);
        Assert.Equal(Some.Time(5), position.OpenedAt);
        Assert.Equal(-10m, _sut.RealizedPnl);
        Assert.Equal(10m, _sut.UnrealizedPnl);
        Assert.Equal(10_000m, _sut.Equity);
    }

    [Fact]
    public void Apply_ShortThenCover_ReturnsProfitToCash()
    {
        _sut.Apply(Fills.Sell(2m, 50m, Some.EthUsdt));
        _sut.Apply(Fills.Buy(2m, 45m, Some.EthUsdt));

        // cash = 10,000 + 100 − 90 = 10,010; realized 2 × (50 − 45) = 10; flat
        Assert.Equal(10_010m, _sut.Cash);
        Assert.Equal(10m, _sut.RealizedPnl);
        Assert.Equal(0m, _sut.UnrealizedPnl);
        Assert.True(_sut.PositionOf(Some.Strategy(), Some.EthUsdt)!.IsFlat);
        Assert.Equal(10_010m, _sut.Equity);
    }

    [Fact]
    public void Apply_DuplicateTradeId_ReturnsFalseAndChangesNothing()
    {
        var fill = Fills.Buy(1m, 100m, fee: 0.1m, tradeId: "12345", orderId: "o-dup");
        Assert.True(_sut.Apply(fill));

        var again = _sut.Apply(fill);
        var sameTradeNewReport = _sut.Apply(Fills.Buy(1m, 100m, fee: 0.1m, tradeId: "12345", orderId: "o-dup"));

        Assert.False(again);
        Assert.False(sameTradeNewReport);
        Assert.Equal(9_899.9m, _sut.Cash);
        Assert.Equal(1m, _sut.NetQuantity(Some.BtcUsdt));
        Assert.Equal(0.1m, _sut.Fees);
    }

    [Fact]
    public void ApplyFromOrder_ThenTheSameFillAgain_IsRecognisedAsADuplicate()
    {
        // Booked on the order's word that it is new, without a check of its own; a later Apply of the same trade still sees it.
        _sut.ApplyFromOrder(Fills.Buy(1m, 100m, fee: 0.1m, tradeId: "12345", orderId: "o-dup"));
        _sut.ApplyFromOrder(Fills.Buy(2m, 100m, tradeId: "12346", orderId: "o-dup"));

        Assert.False(_sut.Apply(Fills.Buy(1m, 100m, fee: 0.1m, tradeId: "12345", orderId: "o-dup")));
        Assert.False(_sut.Apply(Fills.Buy(2m, 100m, tradeId: "12346", orderId: "o-dup")));
        Assert.True(_sut.Apply(Fills.Buy(1m, 100m, tradeId: "12347", orderId: "o-dup")));
        Assert.Equal(4m, _sut.NetQuantity(Some.BtcUsdt));
        Assert.Equal(10_000m - 400m - 0.1m, _sut.Cash);
    }

    [Fact]
    public void Apply_SameTradeIdOnAnotherOrder_IsApplied()
    {
        // A self-trade: the venue reports one trade id on our buy order and on our sell order.
        Assert.True(_sut.Apply(Fills.Buy(1m, 100m, tradeId: "777", orderId: "o-buy")));
        Assert.True(_sut.Apply(Fills.Sell(1m, 100m, tradeId: "777", orderId: "o-sell")));

        Assert.Equal(10_000m, _sut.Cash);
        Assert.Equal(0m, _sut.NetQuantity(Some.BtcUsdt));
    }

    [Fact]
    public void Apply_UnregisteredSymbol_ThrowsNamingIt()
    {
        var fill = Fills.Buy(1m, 100m, new Core.Instruments.Symbol("SOLUSDT"));

        var error = Assert.Throws<InvalidOperationException>(() => _sut.Apply(fill));

        Assert.Contains("SOLUSDT", error.Message, StringComparison.Ordinal);
        Assert.Equal(10_000m, _sut.Cash);
    }

    [Fact]
    public void Apply_FirstFillOfUnmarkedInstrument_MarksAtFillPrice()
    {
        Assert.Null(_sut.MarkPrice(Some.BtcUsdt));

        _sut.Apply(Fills.Buy(1m, 100m));
        _sut.Apply(Fills.Buy(1m, 120m));

        // marked once, by the first fill; later fills do not move the mark
        Assert.Equal(100m, _sut.MarkPrice(Some.BtcUsdt));
        Assert.Equal(10_000m - 220m + 200m, _sut.Equity);
    }

    [Fact]
    public void Apply_SellSide_IsTheOppositeOfBuy()
    {
        _sut.Apply(Fills.Make(OrderSide.Sell, 1m, 100m));

        Assert.Equal(-1m, _sut.NetQuantity(Some.BtcUsdt));
        Assert.Equal(10_100m, _sut.Cash);
    }
}
