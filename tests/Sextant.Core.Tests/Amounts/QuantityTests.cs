using Sextant.Core.Amounts;

namespace Sextant.Core.Tests.Amounts;

public sealed class QuantityTests
{
    [Fact]
    public void Constructor_Negative_ThrowsWithValueInMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(-3m));

        Assert.StartsWith("Quantity must not be negative, was -3", ex.Message, StringComparison.Ordinal);
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Parse_ExchangeString_RoundTripsWithScale()
    {
        var sut = Quantity.Parse("0.00001000");

        Assert.Equal("0.00001000", sut.ToString());
        Assert.Equal(8, sut.Value.Scale);
    }

    [Fact]
    public void TryParse_Garbage_ReturnsErrorQuotingText()
    {
        Assert.False(Quantity.TryParse("1.2.3", out var sut, out var error));
        Assert.Equal("Quantity must be a decimal number such as 0.00001000, was '1.2.3'", error);
        Assert.Equal(Quantity.Zero, sut);
    }

    [Fact]
    public void Add_TwoQuantities_SumsExactly()
    {
        Assert.Equal(new Quantity(0.3m), new Quantity(0.1m) + new Quantity(0.2m));
    }

    [Fact]
    public void Subtract_BelowZero_ThrowsWithBothValues()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(0.5m) - new Quantity(0.7m));

        Assert.StartsWith("Quantity subtraction would go below zero: 0.5 - 0.7 = -0.2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.23456789", "0.001", "1.234")]
    [InlineData("1.9999", "0.01", "1.99")]
    [InlineData("5", "1", "5")]
    [InlineData("0.0009", "0.001", "0.000")]
    public void RoundDownToStep_Value_FloorsToLotStep(string value, string step, string expected)
    {
        var sut = Quantity.Parse(value);

        Assert.Equal(Quantity.Parse(expected), sut.RoundDownToStep(decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    public void RoundDownToStep_NonPositiveStep_Throws(double step)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(1m).RoundDownToStep((decimal)step));

        Assert.StartsWith("Lot step must be positive", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_ByValue()
    {
        Assert.True(new Quantity(1m) > new Quantity(0.5m));
        Assert.True(new Quantity(1m) <= new Quantity(1.000m));
        Assert.True(Quantity.Zero.IsZero);
    }
}
