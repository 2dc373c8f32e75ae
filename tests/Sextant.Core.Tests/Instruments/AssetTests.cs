using Sextant.Core.Instruments;

namespace Sextant.Core.Tests.Instruments;

public sealed class AssetTests
{
    [Theory]
    [InlineData("usdt", "USDT")]
    [InlineData(" btc ", "BTC")]
    [InlineData("1INCH", "1INCH")]
    public void Constructor_ValidCode_Normalizes(string code, string expected)
    {
        Assert.Equal(expected, new Asset(code).Value);
    }

    [Fact]
    public void Constructor_Empty_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Asset(" "));

        Assert.StartsWith("Asset must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Slash_NamesCharacter()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Asset("BTC/USD"));

        Assert.Contains("Asset 'BTC/USD' contains invalid character '/' at position 3; allowed are A-Z and 0-9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SeventeenCharacters_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Asset(new string('X', 17)));

        Assert.Contains("at most 16 characters, was 17", ex.Message, StringComparison.Ordinal);
    }
}
