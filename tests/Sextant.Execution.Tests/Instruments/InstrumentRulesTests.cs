using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Execution.Instruments;

namespace Sextant.Execution.Tests.Instruments;

public sealed class InstrumentRulesTests
{
    private static readonly InstrumentRules Sut = new(new Symbol("BTCUSDT"), LotSize: 0.00001m, TickSize: 0.01m, MinNotional: 10m);

    [Theory]
    [InlineData(27123.456, OrderSide.Buy, 27123.45)]
    [InlineData(27123.456, OrderSide.Sell, 27123.46)]
    [InlineData(27123.45, OrderSide.Sell, 27123.45)]
    public void RoundPrice_NeverMoreAggressiveThanAsked(decimal price, OrderSide side, decimal expected) =>
        Assert.Equal(expected, Sut.RoundPrice(price, side));

    [Theory]
    [InlineData(0.123456, 0.12345)]
    [InlineData(-0.123456, -0.12345)]
    public void RoundQuantity_TowardZeroToTheLot(decimal quantity, decimal expected) => Assert.Equal(expected, Sut.RoundQuantity(quantity));

    [Fact]
    public void Check_OffLot_NamesTheLot()
    {
        var (reason, message) = Sut.Check(0.000015m, 27_000m);

        Assert.Equal(RejectReason.LotSize, reason);
        Assert.Contains("lot size 0.00001", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPrice_RoundsTheAnalyticsDoubleToTheTick() => Assert.Equal(27123.46m, Sut.ToPrice(27123.4567));

    [Fact]
    public void For_SymbolWithoutRules_AllowsAnythingAndIsMadeOnce()
    {
        var catalog = new InstrumentCatalog();
        var symbol = new Symbol("ETHUSDT");

        var rules = catalog.For(symbol);

        Assert.Equal(InstrumentRules.None(symbol), rules);
        Assert.Same(rules, catalog.For(symbol)); // not a new record on every order
        catalog.Set(Sut with { Symbol = symbol });
        Assert.Equal(0.00001m, catalog.For(symbol).LotSize); // configured rules still win
    }
}
