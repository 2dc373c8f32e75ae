using Sextant.Core.Instruments;

namespace Sextant.Core.Tests.Instruments;

public sealed class SymbolTests
{
    [Theory]
    [InlineData("btcusdt", "BTCUSDT")]
    [InlineData("  BtcUsdt ", "BTCUSDT")]
    [InlineData("brk.b", "BRK.B")]
    [InlineData("BTC/USD", "BTC/USD")]
    [InlineData("es_f-1", "ES_F-1")]
    public void Constructor_ValidText_Normalizes(string text, string expected)
    {
        var sut = new Symbol(text);

        Assert.Equal(expected, sut.Value);
        Assert.Equal(expected, sut.ToString());
        Assert.True(sut.IsSet);
    }

    [Fact]
    public void Equality_DifferentCase_Equal()
    {
        Assert.Equal(new Symbol("ethusdt"), new Symbol("ETHUSDT"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptyOrWhitespace_ThrowsMentioningSymbol(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Symbol(text));

        Assert.StartsWith("Symbol must not be empty", ex.Message, StringComparison.Ordinal);
        Assert.Equal("value", ex.ParamName);
    }

    [Theory]
    [InlineData("BTC USD", ' ', 3)]
    [InlineData("BTC$", '$', 3)]
    [InlineData("ÉTÉ", 'É', 0)]
    public void Constructor_InvalidCharacter_NamesCharacterAndPosition(string text, char bad, int position)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Symbol(text));

        Assert.Contains($"contains invalid character '{bad}' at position {position}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TooLong_ThrowsWithLength()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Symbol(new string('A', 33)));

        Assert.Contains("Symbol must be at most 32 characters, was 33", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Valid_ReturnsSymbolAndNoError()
    {
        Assert.True(Symbol.TryParse(" ethbtc", out var sut, out var error));
        Assert.Equal("ETHBTC", sut.Value);
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryParse_NullOrEmpty_ReturnsErrorAndDefault(string? text)
    {
        Assert.False(Symbol.TryParse(text, out var sut, out var error));
        Assert.Equal("Symbol must not be empty", error);
        Assert.Equal(default, sut);
    }

    [Fact]
    public void Default_IsUnsetWithEmptyValue()
    {
        var sut = default(Symbol);

        Assert.False(sut.IsSet);
        Assert.Equal(string.Empty, sut.Value);
    }
}
