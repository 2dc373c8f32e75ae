using Sextant.Core.Instruments;
using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// The average-cost rules on one position; every expected number is worked out by hand in the comment above it.
public sealed class PositionTests
{
    private readonly Position _sut = new(Some.Strategy(), new PortfolioInstrument(0, Some.BtcUsdt, AssetClass.Crypto, Some.Btc));

    [Fact]
    public void Trade_BuyThenPartialSell_RealizesClosedPartAndKeepsAverage()
    {
        _sut.Trade(2m, 100m, Some.Time(0));

        // realized = 0.5 × (110 − 100) = 5; 1.5 left at the unchanged average 100
        var realized = _sut.Trade(-0.5m, 110m, Some.Time(1));

        Assert.Equal(5m, realized);
        Assert.Equal(5m, _sut.RealizedPnl);
        Assert.Equal(1.5m, _sut.Quantity);
        Assert.Equal(100m, _sut.AverageCost);
        Assert.Equal(Some.Time(0), _sut.OpenedAt);
    }

    [Fact]
    public void Trade_TwoBuys_AveragesByQuantity()
    {
        _sut.Trade(1m, 100m, Some.Time(0));

        // (1 × 100 + 3 × 104) / (1 + 3) = 412 / 4 = 103
        _sut.Trade(3m, 104m, Some.Time(1));

        Assert.Equal(4m, _sut.Quantity);
        Assert.Equal(103m, _sut.AverageCost);
        Assert.Equal(0m, _sut.RealizedPnl);
    }

    [Fact]
    public void Trade_SellThroughZero_ClosesLongAndOpensShortAtFillPrice()
    {
        _sut.Trade(1m, 100m, Some.Time(0));

        // close long 1: 1 × (90 − 100) = −10; the remaining 2 open short at 90
        var realized = _sut.Trade(-3m, 90m, Some.Time(5));

        Assert.Equal(-10m, realized);
        Assert.Equal(-2m, _sut.Quantity);
        Assert.Equal(90m, _sut.AverageCost);
        Assert.Equal(Some.Time(5), _sut.OpenedAt);
    }

    [Fact]
    public void Trade_ShortThenCover_RealizesThePriceDrop()
    {
        _sut.Trade(-2m, 50m, Some.Time(0));

        // short: 2 × (45 − 50) × (−1) = +10, and flat resets average and open time
        var realized = _sut.Trade(2m, 45m, Some.Time(1));

        Assert.Equal(10m, realized);
        Assert.True(_sut.IsFlat);
        Assert.Equal(0m, _sut.AverageCost);
        Assert.Equal(0m, _sut.CostBasis);
        Assert.Null(_sut.OpenedAt);
    }

    [Fact]
    public void Trade_PartialCoverAboveEntry_RealizesLossAndKeepsAverage()
    {
        _sut.Trade(-4m, 50m, Some.Time(0));

        // 1 × (55 − 50) × (−1) = −5; short 3 left at 50
        _sut.Trade(1m, 55m, Some.Time(1));

        Assert.Equal(-5m, _sut.RealizedPnl);
        Assert.Equal(-3m, _sut.Quantity);
        Assert.Equal(50m, _sut.AverageCost);
    }

    [Fact]
    public void Trade_AddToShort_AveragesTheEntryPrices()
    {
        _sut.Trade(-1m, 100m, Some.Time(0));

        // (1 × 100 + 1 × 110) / 2 = 105
        _sut.Trade(-1m, 110m, Some.Time(1));

        Assert.Equal(-2m, _sut.Quantity);
        Assert.Equal(105m, _sut.AverageCost);
    }

    [Fact]
    public void Trade_ReopenAfterFlat_StartsAFreshAverage()
    {
        _sut.Trade(1m, 100m, Some.Time(0));
        _sut.Trade(-1m, 120m, Some.Time(1));

        // flat after realizing 20; the new long's average is its own price 80, not a blend with 100
        _sut.Trade(1m, 80m, Some.Time(2));

        Assert.Equal(20m, _sut.RealizedPnl);
        Assert.Equal(80m, _sut.AverageCost);
        Assert.Equal(Some.Time(2), _sut.OpenedAt);
    }

    [Theory]
    [InlineData(1.5, 100, 120, 30)]   // long 1.5 × (120 − 100) = 30
    [InlineData(-2, 90, 80, 20)]      // short −2 × (80 − 90) = 20
    [InlineData(-2, 90, 95, -10)]     // short −2 × (95 − 90) = −10
    public void UnrealizedPnl_AtMark_IsQuantityTimesMarkMinusAverage(double quantity, double price, double mark, double expected)
    {
        _sut.Trade((decimal)quantity, (decimal)price, Some.Time(0));

        Assert.Equal((decimal)expected, _sut.UnrealizedPnl((decimal)mark));
        Assert.Equal((decimal)quantity * (decimal)mark, _sut.MarketValue((decimal)mark));
    }

    [Fact]
    public void Trade_ThreePartialSells_StayExactToTheLastDigit()
    {
        // 3 @ 100 = basis 300; each sale of 1 releases 300 × 1/3 = 100, 200 × 1/2 = 100, then the rest
        _sut.Trade(3m, 100m, Some.Time(0));
        _sut.Trade(-1m, 101m, Some.Time(1));
        _sut.Trade(-1m, 102m, Some.Time(2));
        _sut.Trade(-1m, 103m, Some.Time(3));

        // 1 + 2 + 3 = 6
        Assert.Equal(6m, _sut.RealizedPnl);
        Assert.True(_sut.IsFlat);
    }
}
