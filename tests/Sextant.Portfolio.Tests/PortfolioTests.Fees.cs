using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// Fees in the quote asset, in the base asset (Binance takes a buy's fee from the coin received) and in a third asset (BNB).
public sealed partial class PortfolioTests
{
    [Fact]
    public void Apply_QuoteAssetFee_IsPaidFromCash()
    {
        _sut.Apply(Fills.Buy(1m, 100m, fee: 0.1m));

        // cash = 10,000 − 100 − 0.1 = 9,899.9; equity at the fill price = 9,999.9 = 10,000 − 0.1
        Assert.Equal(9_899.9m, _sut.Cash);
        Assert.Equal(0.1m, _sut.Fees);
        Assert.Equal(9_999.9m, _sut.Equity);
        Assert.Equal(0.1m, _sut.FeesByAsset[Some.Usdt]);
    }

    [Fact]
    public void Apply_BaseAssetFee_ShrinksPositionInsteadOfCash()
    {
        _sut.Apply(Fills.Buy(1m, 100m, fee: 0.001m, feeAsset: Some.Btc));
        _sut.Mark(Some.BtcUsdt, 110m);

        var position = _sut.PositionOf(Some.Strategy(), Some.BtcUsdt)!;
        // received 1 − 0.001 = 0.999 BTC at average 100; cash = 10,000 − 100 = 9,900; fee valued 0.001 × 100 = 0.1
        // equity = 9,900 + 0.999 × 110 = 10,009.89 = 10,000 + 0 + 0.999 × (110 − 100) − 0.1
        Assert.Equal(0.999m, position.Quantity);
        Assert.Equal(100m, position.AverageCost);
        Assert.Equal(9_900m, _sut.Cash);
        Assert.Equal(0.1m, _sut.Fees);
        Assert.Equal(0.1m, position.Fees);
        Assert.Equal(0m, _sut.RealizedPnl);
        Assert.Equal(9.99m, _sut.UnrealizedPnl);
        Assert.Equal(10_009.89m, _sut.Equity);
        Assert.Equal(0.001m, _sut.FeesByAsset[Some.Btc]);
        Assert.Empty(_sut.ExternalFees);
    }

    [Fact]
    public void Apply_BaseAssetFeeAboveTheAverage_RealizesTheFeeLegAtFillPrice()
    {
        _sut.Apply(Fills.Buy(1m, 100m));
        _sut.Apply(Fills.Buy(1m, 110m, fee: 0.01m, feeAsset: Some.Btc));

        var position = _sut.PositionOf(Some.Strategy(), Some.BtcUsdt)!;
        // 2 @ average 105 (basis 210); the fee sells 0.01 at 110: realized 0.01 × (110 − 105) = 0.05, fee 0.01 × 110 = 1.1
        // cash = 10,000 − 210 = 9,790; mark stays 100 (first fill): equity = 9,790 + 1.99 × 100 = 9,989
        //      = 10,000 + 0.05 + 1.99 × (100 − 105) − 1.1 = 10,000 + 0.05 − 9.95 − 1.1
        Assert.Equal(1.99m, position.Quantity);
        Assert.Equal(105m, position.AverageCost);
        Assert.Equal(0.05m, _sut.RealizedPnl);
        Assert.Equal(1.1m, _sut.Fees);
        Assert.Equal(9_989m, _sut.Equity);
    }

    [Fact]
    public void Apply_ThirdAssetFee_IsKeptAndReportedNotDropped()
    {
        _sut.Apply(Fills.Buy(1m, 100m, fee: 0.0005m, feeAsset: Some.Bnb));
        _sut.Apply(Fills.Sell(1m, 100m, fee: 0.0004m, feeAsset: Some.Bnb));

        // BNB fees are neither cash nor position: 0.0005 + 0.0004 = 0.0009 BNB reported beside the books
        Assert.Equal(10_000m, _sut.Cash);
        Assert.Equal(0m, _sut.Fees);
        Assert.Equal(0.0009m, _sut.ExternalFees[Some.Bnb]);
        Assert.Equal(0.0009m, _sut.FeesByAsset[Some.Bnb]);
        Assert.Equal(0.0009m, _sut.Snapshot(Some.Time()).ExternalFees[Some.Bnb]);
    }

    [Fact]
    public void Apply_NegativeQuoteFee_IsARebateAddedToCash()
    {
        _sut.Apply(Fills.Buy(1m, 100m, fee: -0.02m));

        Assert.Equal(9_900.02m, _sut.Cash);
        Assert.Equal(-0.02m, _sut.Fees);
    }
}
