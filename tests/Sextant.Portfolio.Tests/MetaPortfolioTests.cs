using Sextant.Core.Instruments;
using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// Binance US in USDT (10,000) and Alpaca in USD (5,000), summed into USD.
public sealed class MetaPortfolioTests
{
    private readonly Portfolio _binance = Some.CryptoPortfolio(10_000m);
    private readonly Portfolio _alpaca = Some.EquityPortfolio(5_000m);
    private readonly MetaPortfolio _sut = new(Some.Usd);

    public MetaPortfolioTests()
    {
        // Binance: long 1 BTC @ 100, fee 0.1 USDT, marked 110 → cash 9,899.9, equity 10,009.9, unrealized 10
        _binance.Apply(Fills.Buy(1m, 100m, fee: 0.1m));
        _binance.Mark(Some.BtcUsdt, 110m);
        // Alpaca: long 10 AAPL @ 150, sold 4 @ 160 (realized 40), marked 155
        // → cash 5,000 − 1,500 + 640 = 4,140, equity 4,140 + 6 × 155 = 5,070, unrealized 6 × (155 − 150) = 30
        _alpaca.Apply(Fills.Buy(10m, 150m, Some.Aapl, strategy: "momentum"));
        _alpaca.Apply(Fills.Sell(4m, 160m, Some.Aapl, strategy: "momentum"));
        _alpaca.Mark(Some.Aapl, 155m);
        _sut.Add(Some.Broker("binanceus"), _binance);
        _sut.Add(Some.Broker("alpaca"), _alpaca);
    }

    [Fact]
    public void Totals_DefaultRates_SumOneToOne()
    {
        Assert.Equal(15_000m, _sut.StartingCash);
        Assert.Equal(14_039.9m, _sut.Cash);          // 9,899.9 + 4,140
        Assert.Equal(15_079.9m, _sut.Equity);        // 10,009.9 + 5,070
        Assert.Equal(40m, _sut.RealizedPnl);
        Assert.Equal(40m, _sut.UnrealizedPnl);       // 10 + 6 × (155 − 150)
        Assert.Equal(0.1m, _sut.Fees);
        Assert.Equal(_sut.Equity - _sut.StartingCash, _sut.NetPnl);
        Assert.Equal(1m, _sut.ConversionRate(Some.Usdt));
    }

    [Fact]
    public void Totals_WithAUsdtRate_ConvertTheUsdtBook()
    {
        _sut.SetConversionRate(Some.Usdt, 0.999m);

        // equity = 10,009.9 × 0.999 + 5,070 = 9,999.8901 + 5,070
        Assert.Equal(15_069.8901m, _sut.Equity);
        // crypto exposure 110 × 0.999 = 109.89
        Assert.Equal(new Exposure(109.89m, 0m), _sut.ExposureByAssetClass()[AssetClass.Crypto]);
    }

    [Fact]
    public void Exposure_ByAssetClassAndSymbol_CoversEveryBroker()
    {
        var byClass = _sut.ExposureByAssetClass();
        var bySymbol = _sut.ExposureBySymbol();

        // crypto: 1 × 110; equity: 6 × 155 = 930; gross 1,040
        Assert.Equal(new Exposure(110m, 0m), byClass[AssetClass.Crypto]);
        Assert.Equal(new Exposure(930m, 0m), byClass[AssetClass.Equity]);
        Assert.Equal(1_040m, _sut.Exposure.Gross);
        Assert.Equal(new Exposure(930m, 0m), bySymbol[Some.Aapl]);
    }

    [Fact]
    public void ExposureBySymbol_SameSymbolOnTwoBrokers_IsSummed()
    {
        var other = Some.CryptoPortfolio(1_000m);
        other.Apply(Fills.Sell(0.5m, 110m));
        _sut.Add(Some.Broker("paper"), other);

        // 1 × 110 long on one broker, 0.5 × 110 short on the other
        Assert.Equal(new Exposure(110m, 55m), _sut.ExposureBySymbol()[Some.BtcUsdt]);
    }

    [Fact]
    public void Snapshot_HoldsTotalsRatesAndEveryBroker()
    {
        _sut.SetConversionRate(Some.Usdt, 0.999m);

        var snapshot = _sut.Snapshot(Some.Time(60));

        Assert.Equal(_sut.Equity, snapshot.Equity);
        Assert.Equal(0.999m, snapshot.ConversionRates[Some.Usdt]);
        Assert.Equal(1m, snapshot.ConversionRates[Some.Usd]);
        Assert.Equal(10_009.9m, snapshot.Brokers[Some.Broker("binanceus")].Equity);
        Assert.Equal(2, snapshot.Brokers.Count);
    }

    [Fact]
    public void Add_SameBrokerTwiceOrBadRate_Throws()
    {
        Assert.Throws<ArgumentException>(() => _sut.Add(Some.Broker("alpaca"), Some.EquityPortfolio()));
        Assert.Throws<ArgumentOutOfRangeException>(() => _sut.SetConversionRate(Some.Usdt, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => _sut.SetConversionRate(Some.Usd, 1.1m));
    }
}
