using Sextant.Core.Amounts;

namespace Sextant.Core.Tests.Amounts;

public sealed class PriceTests
{
    [Theory]
    [InlineData("0.00001000")]
    [InlineData("29500.01")]
    [InlineData("0")]
    [InlineData("100.10")]
    public void Parse_ExchangeString_RoundTripsExactly(string text)
    {
        var sut = Price.Parse(text);

        Assert.Equal(text, sut.ToString());
    }

    [Fact]
    public void Parse_ExchangeString_KeepsDecimalScale()
    {
        var sut = Price.Parse("0.00001000");

        Assert.Equal(0.00001000m, sut.Value);
        Assert.Equal(8, sut.Value.Scale);
    }

    [Fact]
    public void Constructor_Negative_ThrowsWithValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Price(-3m));

        Assert.StartsWith("Price must not be negative, was -3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1,000")]
    [InlineData("")]
    public void Parse_NotANumber_ThrowsFormatExceptionQuotingText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Price.Parse(text));

        Assert.Equal($"Price must be a decimal number such as 0.00001000, was '{text}'", ex.Message);
    }

    [Fact]
    public void TryParse_Negative_ReturnsError()
    {
        Assert.False(Price.TryParse("-0.5", out _, out var error));
        Assert.Equal("Price must not be negative, was -0.5", error);
    }

    [Theory]
    [InlineData("100.123", "0.01", "100.12")]
    [InlineData("100.125", "0.01", "100.13")]
    [InlineData("0.000012345", "0.00000001", "0.00001235")]
    [InlineData("97", "5", "95")]
    public void RoundToTick_Default_RoundsToNearestTickAwayFromZero(string value, string tick, string expected)
    {
        var sut = Price.Parse(value);

        Assert.Equal(Price.Parse(expected), sut.RoundToTick(Price.Parse(tick).Value));
    }

    [Fact]
    public void RoundToTick_ToZero_Floors()
    {
        Assert.Equal(100.12m, new Price(100.129m).RoundToTick(0.01m, MidpointRounding.ToZero).Value);
    }

    [Fact]
    public void RoundToTick_ZeroTick_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Price(1m).RoundToTick(0m));

        Assert.Equal("tick", ex.ParamName);
        Assert.StartsWith("Tick size must be positive, was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operators_CompareByValueIgnoringScale()
    {
        Assert.True(new Price(1.0m) == new Price(1.00m));
        Assert.True(new Price(1m) < new Price(2m));
        Assert.True(new Price(2m) >= new Price(2.0m));
        Assert.Equal(-1, new Price(1m).CompareTo(new Price(1.5m)));
    }

    [Fact]
    public void Multiply_ByQuantity_GivesExactNotional()
    {
        Assert.Equal(40.04m, new Price(100.10m) * new Quantity(0.4m));
        Assert.Equal(40.04m, new Quantity(0.4m) * new Price(100.10m));
    }

    [Fact]
    public void Subtract_BelowZero_ThrowsWithValues()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Price(1m) - new Price(1.5m));

        Assert.StartsWith("Price subtraction would go below zero: 1 - 1.5 = -0.5", ex.Message, StringComparison.Ordinal);
    }
}
