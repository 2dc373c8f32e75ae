using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// Exposure: long, short, gross and net, per asset class and per symbol.
public sealed partial class PortfolioTests
{
    [Fact]
    public void Exposure_MixedBook_IsGroupedByAssetClassAndSymbol()
    {
        // One book with crypto and an equity (unusual, but it shows the grouping).
        _sut.AddInstrument(Some.Aapl, AssetClass.Equity);
        _sut.Apply(Fills.Buy(1m, 100m));                      // BTC long 1
        _sut.Apply(Fills.Sell(10m, 20m, Some.EthUsdt));      // ETH short 10
        _sut.Apply(Fills.Buy(2m, 150m, Some.Aapl));          // AAPL long 2
        _sut.Mark(Some.BtcUsdt, 100m);
        _sut.Mark(Some.EthUsdt, 20m);
        _sut.Mark(Some.Aapl, 150m);

        var byClass = _sut.ExposureByAssetClass();
        var bySymbol = _sut.ExposureBySymbol();

        // crypto: long 1 × 100 = 100, short 10 × 20 = 200 → gross 300, net −100; equity: long 2 × 150 = 300
        Assert.Equal(new Exposure(100m, 200m), byClass[AssetClass.Crypto]);
        Assert.Equal(300m, byClass[AssetClass.Crypto].Gross);
        Assert.Equal(-100m, byClass[AssetClass.Crypto].Net);
        Assert.Equal(new Exposure(300m, 0m), byClass[AssetClass.Equity]);
        // total: gross 600, net 200
        Assert.Equal(600m, _sut.Exposure.Gross);
        Assert.Equal(200m, _sut.Exposure.Net);
        Assert.Equal(new Exposure(0m, 200m), bySymbol[Some.EthUsdt]);
        Assert.Equal(3, bySymbol.Count);
    }

    [Fact]
    public void Of_NegativeZeroMarketValue_IsNoExposure()
    {
        var negativeZero = -0.0000m;
        Assert.True(decimal.IsNegative(negativeZero)); // the value a closed short leg can leave behind

        Assert.Equal(default, Exposure.Of(negativeZero));
        Assert.Equal(0m, new Exposure(negativeZero, negativeZero).Gross);
    }

    [Fact]
    public void ExposureBySymbol_FlatSymbol_IsLeftOut()
    {
        _sut.Apply(Fills.Buy(1m, 100m));
        _sut.Apply(Fills.Sell(1m, 101m));

        Assert.Empty(_sut.ExposureBySymbol());
        Assert.Empty(_sut.ExposureByAssetClass());
        Assert.Equal(default, _sut.Exposure);
    }

    [Fact]
    public void Exposure_Constructor_RejectsNegativeSides()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Exposure(-1m, 0m));
        Assert.Equal(new Exposure(0m, 5m), Exposure.Of(-5m));
        Assert.Equal(new Exposure(2m, 10m), new Exposure(1m, 5m) * 2m);
    }

    [Fact]
    public void Snapshot_CopiesFiguresAndIsNotChangedByLaterFills()
    {
        _sut.Apply(Fills.Buy(2m, 100m, fee: 0.2m));
        _sut.Mark(Some.BtcUsdt, 110m);

        var snapshot = _sut.Snapshot(Some.Time(60));
        _sut.Apply(Fills.Make(OrderSide.Sell, 2m, 110m));

        // cash 10,000 − 200 − 0.2 = 9,799.8; equity 9,799.8 + 220 = 10,019.8 = 10,000 + 0 + 20 − 0.2
        Assert.Equal(Some.Time(60), snapshot.AsOf);
        Assert.Equal(9_799.8m, snapshot.Cash);
        Assert.Equal(10_019.8m, snapshot.Equity);
        Assert.Equal(20m, snapshot.UnrealizedPnl);
        Assert.Equal(19.8m, snapshot.NetPnl);
        var position = Assert.Single(snapshot.Positions);
        Assert.Equal(2m, position.Quantity);
        Assert.Equal(110m, position.Mark);
        Assert.Equal(220m, position.MarketValue);
        Assert.Equal(new Exposure(220m, 0m), snapshot.ExposureBySymbol[Some.BtcUsdt]);
        Assert.Equal(0m, _sut.NetQuantity(Some.BtcUsdt));
    }
}
