using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// Strategy sub-ledgers: each strategy keeps its own positions; the portfolio totals are their sums.
public sealed partial class PortfolioTests
{
    [Fact]
    public void Strategies_SharingASymbol_KeepTheirOwnPositionsAndSumToTheTotal()
    {
        _sut.Apply(Fills.Buy(1m, 100m, strategy: "trend", fee: 0.1m));
        _sut.Apply(Fills.Sell(1m, 110m, strategy: "meanrev", fee: 0.11m));
        _sut.Apply(Fills.Buy(2m, 20m, Some.EthUsdt, strategy: "pairs", fee: 0.04m));
        _sut.Apply(Fills.Sell(2m, 21m, Some.EthUsdt, strategy: "pairs", fee: 0.042m));
        _sut.Mark(Some.BtcUsdt, 120m);

        var byStrategy = _sut.Strategies().ToDictionary(s => s.Strategy.Value);

        // trend long 1 @ 100 → unrealized +20; meanrev short 1 @ 110 → unrealized −10; the venue holds 0 BTC
        // pairs: ETH 2 × (21 − 20) = +2 realized, fees 0.082
        Assert.Equal(new StrategyPnl(Some.Strategy("trend"), 0m, 20m, 0.1m), byStrategy["trend"]);
        Assert.Equal(new StrategyPnl(Some.Strategy("meanrev"), 0m, -10m, 0.11m), byStrategy["meanrev"]);
        Assert.Equal(new StrategyPnl(Some.Strategy("pairs"), 2m, 0m, 0.082m), byStrategy["pairs"]);
        Assert.Equal(0m, _sut.NetQuantity(Some.BtcUsdt));
        // totals: realized 2, unrealized 10, fees 0.292; equity = 10,000 − 100 + 110 − 40 + 42 − 0.292 = 10,011.708
        Assert.Equal(2m, _sut.RealizedPnl);
        Assert.Equal(10m, _sut.UnrealizedPnl);
        Assert.Equal(0.292m, _sut.Fees);
        Assert.Equal(10_011.708m, _sut.Equity);
        Assert.Equal(_sut.RealizedPnl, byStrategy.Values.Sum(s => s.RealizedPnl));
        Assert.Equal(_sut.UnrealizedPnl, byStrategy.Values.Sum(s => s.UnrealizedPnl));
        Assert.Equal(_sut.Fees, byStrategy.Values.Sum(s => s.Fees));
    }

    [Fact]
    public void Strategies_ClosingItsOwnPosition_RealizesForThatStrategyOnly()
    {
        _sut.Apply(Fills.Buy(1m, 100m, strategy: "trend"));
        _sut.Apply(Fills.Sell(1m, 110m, strategy: "meanrev"));

        // trend sells its long at 120: realized 20 for trend; meanrev's short at 110 is untouched
        _sut.Apply(Fills.Sell(1m, 120m, strategy: "trend"));

        Assert.Equal(20m, _sut.PositionOf(Some.Strategy("trend"), Some.BtcUsdt)!.RealizedPnl);
        Assert.Equal(-1m, _sut.PositionOf(Some.Strategy("meanrev"), Some.BtcUsdt)!.Quantity);
        Assert.Equal(-1m, _sut.NetQuantity(Some.BtcUsdt));
        Assert.Null(_sut.PositionOf(Some.Strategy("other"), Some.BtcUsdt));
        Assert.Equal(2, _sut.Positions.Count);
    }

    [Fact]
    public void OpenPositionCount_FollowsOpensClosesAndFlips()
    {
        Assert.Equal(0, _sut.OpenPositionCount);
        _sut.Apply(Fills.Buy(1m, 100m, strategy: "trend"));
        _sut.Apply(Fills.Sell(1m, 110m, strategy: "meanrev")); // its own sub-ledger: a second open position, though the venue holds 0
        Assert.Equal(2, _sut.OpenPositionCount);
        _sut.Apply(Fills.Sell(3m, 120m, strategy: "trend")); // flips trend to short 2: still open
        Assert.Equal(2, _sut.OpenPositionCount);
        _sut.Apply(Fills.Buy(2m, 115m, strategy: "trend"));
        Assert.Equal(1, _sut.OpenPositionCount);
        _sut.Apply(Fills.Buy(1m, 105m, strategy: "meanrev"));
        Assert.Equal(0, _sut.OpenPositionCount);
    }

    [Fact]
    public void IsFlat_OnlyWhenNoSubLedgerHoldsAndNoNetQuantityIsLeft()
    {
        Assert.True(_sut.IsFlat);
        _sut.Apply(Fills.Buy(1m, 100m, strategy: "trend"));
        Assert.False(_sut.IsFlat);
        _sut.Apply(Fills.Sell(1m, 110m, strategy: "meanrev")); // the venue holds 0, but each sub-ledger holds a position
        Assert.False(_sut.IsFlat);
        _sut.Apply(Fills.Sell(1m, 120m, strategy: "trend"));
        _sut.Apply(Fills.Buy(1m, 105m, strategy: "meanrev"));
        Assert.True(_sut.IsFlat);

        // A buy whose fee came out of the coin holds 0.999 BTC, not 1: flat only once those 0.999 are sold.
        _sut.Apply(Fills.Buy(1m, 100m, fee: 0.001m, feeAsset: Some.Btc));
        _sut.Apply(Fills.Sell(0.99m, 100m));
        Assert.False(_sut.IsFlat);
        _sut.Apply(Fills.Sell(0.009m, 100m));
        Assert.Equal(0m, _sut.NetQuantity(Some.BtcUsdt));
        Assert.True(_sut.IsFlat);
    }
}
