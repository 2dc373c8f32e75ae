using Sextant.Core.Amounts;
using Sextant.Core.Instruments;

namespace Sextant.Core.Tests.Amounts;

public sealed class MoneyTests
{
    private static readonly Asset Usdt = new("USDT");
    private static readonly Asset Usd = new("USD");

    [Fact]
    public void Add_SameAsset_SumsAmounts()
    {
        Assert.Equal(new Money(12.75m, Usdt), new Money(10.25m, Usdt) + new Money(2.5m, Usdt));
    }

    [Fact]
    public void Subtract_SameAsset_CanGoNegative()
    {
        var sut = new Money(1m, Usdt) - new Money(3.5m, Usdt);

        Assert.Equal(-2.5m, sut.Amount);
        Assert.Equal("-2.5 USDT", sut.ToString());
    }

    [Fact]
    public void Add_DifferentAssets_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(5m, Usd) + new Money(3m, Usdt));

        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USDT", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot add money in different assets: 5 USD and 3 USDT (USD vs USDT)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_DifferentAssets_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(5m, new Asset("BTC")) - new Money(3m, Usdt));

        Assert.StartsWith("Cannot subtract money in different assets: 5 BTC and 3 USDT (BTC vs USDT)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnsetAsset_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, default));

        Assert.Equal("asset", ex.ParamName);
    }

    [Fact]
    public void Negate_And_Scale_KeepAsset()
    {
        var fee = new Money(1000m, Usdt) * 0.001m;

        Assert.Equal(new Money(-1m, Usdt), -fee);
        Assert.Equal(Money.Zero(Usdt), fee - fee);
    }
}
