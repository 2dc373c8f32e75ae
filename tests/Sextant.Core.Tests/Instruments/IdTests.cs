using Sextant.Core.Instruments;

namespace Sextant.Core.Tests.Instruments;

public sealed class IdTests
{
    [Fact]
    public void BrokerId_MixedCase_IsLowerCased()
    {
        Assert.Equal("binanceus", new BrokerId(" BinanceUS ").Value);
    }

    [Fact]
    public void StrategyId_Underscores_Allowed()
    {
        Assert.Equal("btc_eth_pair-2", new StrategyId("btc_eth_pair-2").ToString());
    }

    [Fact]
    public void BrokerId_Empty_MessageNamesKind()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BrokerId(""));

        Assert.StartsWith("Broker id must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VenueId_Empty_MessageNamesKind()
    {
        Assert.False(VenueId.TryParse("  ", out _, out var error));
        Assert.Equal("Venue id must not be empty", error);
    }

    [Fact]
    public void StrategyId_Dot_NamesCharacter()
    {
        var ex = Assert.Throws<ArgumentException>(() => new StrategyId("pairs.v2"));

        Assert.Contains("Strategy id 'pairs.v2' contains invalid character '.' at position 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrategyId_SixtyFiveCharacters_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new StrategyId(new string('a', 65)));

        Assert.Contains("at most 64 characters, was 65", ex.Message, StringComparison.Ordinal);
    }
}
