using Sextant.Core.Instruments;
using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// Instrument registration and both mark paths: exact decimal by symbol, double by dense index.
public sealed partial class PortfolioTests
{
    [Fact]
    public void AddInstrument_InOrder_AssignsDenseIndexes()
    {
        var sut = new Portfolio(Some.Usdt, 0m);

        var indexes = new[] { "AUSDT", "BUSDT", "CUSDT", "DUSDT", "EUSDT" }
            .Select(s => sut.AddInstrument(new Symbol(s), AssetClass.Crypto))
            .ToArray();

        Assert.Equal([0, 1, 2, 3, 4], indexes);
        Assert.Equal(4, sut.InstrumentIndex(new Symbol("eusdt")));
        Assert.Equal(5, sut.Instruments.Count);
    }

    [Fact]
    public void AddInstrument_SameSymbolTwice_ReturnsTheSameIndexOrThrowsWhenDetailsDiffer()
    {
        Assert.Equal(0, _sut.AddInstrument(Some.BtcUsdt, AssetClass.Crypto, Some.Btc));

        Assert.Throws<ArgumentException>(() => _sut.AddInstrument(Some.BtcUsdt, AssetClass.Equity, Some.Btc));
        Assert.Throws<ArgumentException>(() => _sut.AddInstrument(new Symbol("USDTUSDT"), AssetClass.Crypto, Some.Usdt));
    }

    [Fact]
    public void InstrumentIndex_UnknownSymbol_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => _sut.InstrumentIndex(new Symbol("SOLUSDT")));

        Assert.Contains("SOLUSDT", error.Message, StringComparison.Ordinal);
        Assert.False(_sut.TryGetInstrumentIndex(new Symbol("SOLUSDT"), out _));
    }

    [Fact]
    public void Mark_BySymbol_ValuesPositionsExactly()
    {
        _sut.Apply(Fills.Buy(1.5m, 100m));
        _sut.Apply(Fills.Sell(10m, 20m, Some.EthUsdt));

        _sut.Mark(Some.BtcUsdt, 120.01m);
        _sut.Mark(Some.EthUsdt, 19.99m);

        // cash = 10,000 − 150 + 200 = 10,050; equity = 10,050 + 1.5 × 120.01 − 10 × 19.99 = 10,050 + 180.015 − 199.9
        Assert.Equal(10_030.115m, _sut.Equity);
        // unrealized = 1.5 × 20.01 + (−10) × (−0.01) = 30.015 + 0.1
        Assert.Equal(30.115m, _sut.UnrealizedPnl);
        Assert.Equal(10_030.115, _sut.EquityEstimate, 1e-9);
    }

    [Fact]
    public void Mark_ByIndex_IsReadBackAsTheDecimalOfTheDouble()
    {
        _sut.Apply(Fills.Buy(2m, 100m));

        _sut.Mark(0, 101.25);

        Assert.Equal(101.25m, _sut.MarkPrice(Some.BtcUsdt));
        // 10,000 − 200 + 2 × 101.25 = 10,002.5
        Assert.Equal(10_002.5m, _sut.Equity);
        Assert.Equal(10_002.5, _sut.EquityEstimate);
    }

    [Theory]
    [InlineData(-1, 100.0)]
    [InlineData(2, 100.0)]
    [InlineData(0, -0.01)]
    [InlineData(0, double.NaN)]
    [InlineData(0, double.PositiveInfinity)]
    public void Mark_ByIndex_BadIndexOrPrice_Throws(int index, double price)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _sut.Mark(index, price));
    }

    [Fact]
    public void Mark_BySymbol_NegativePriceOrUnknownSymbol_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _sut.Mark(Some.BtcUsdt, -1m));
        Assert.Throws<KeyNotFoundException>(() => _sut.Mark(new Symbol("SOLUSDT"), 1m));
    }

    [Fact]
    public void EquityEstimate_OverARandomWalk_StaysWithin1e9OfExactEquity()
    {
        // 3 instruments, 20,000 bars of a seeded random walk, a trade every 37 bars with a quote fee; compared every bar.
        var random = new Random(20_240_601);
        var sut = Some.CryptoPortfolio(1_000_000m);
        sut.AddInstrument(new Symbol("SOLUSDT"), AssetClass.Crypto, new Asset("SOL"));
        double[] closes = [30_000, 2_000, 25];
        var worst = 0.0;
        for (var bar = 0; bar < 20_000; bar++)
        {
            for (var i = 0; i < closes.Length; i++)
            {
                closes[i] *= 1 + ((random.NextDouble() - 0.5) * 0.004);
                sut.Mark(i, closes[i]);
            }

            if (bar % 37 == 0)
            {
                var i = random.Next(closes.Length);
                var price = Math.Round((decimal)closes[i], 2);
                var quantity = Math.Round((decimal)(random.NextDouble() * 5_000 / closes[i]), 5) + 0.00001m;
                var side = random.Next(2) == 0 ? Core.Orders.OrderSide.Buy : Core.Orders.OrderSide.Sell;
                sut.Apply(Fills.Make(side, quantity, price, sut.Instruments[i].Symbol, fee: Math.Round(quantity * price * 0.001m, 8)));
            }

            var exact = (double)sut.Equity;
            worst = Math.Max(worst, Math.Abs(sut.EquityEstimate - exact) / Math.Abs(exact));
        }

        Assert.True(worst < 1e-9, $"worst relative difference {worst:E2}");
    }
}
