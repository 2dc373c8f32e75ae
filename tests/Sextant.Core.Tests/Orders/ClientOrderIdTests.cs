using Sextant.Core.Orders;

namespace Sextant.Core.Tests.Orders;

public sealed class ClientOrderIdTests
{
    [Theory]
    [InlineData("myOrder1")]
    [InlineData("pairs-000042_Ab")]
    [InlineData("x")]
    public void Constructor_BinanceCompatibleId_PreservesCase(string text)
    {
        Assert.Equal(text, new ClientOrderId(text).Value);
    }

    [Fact]
    public void Constructor_ThirtySevenCharacters_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ClientOrderId(new string('a', 37)));

        Assert.Contains("Client order id must be at most 36 characters, was 37", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b", ' ')]
    [InlineData("a.b", '.')]
    public void Constructor_InvalidCharacter_NamesIt(string text, char bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ClientOrderId(text));

        Assert.Contains($"invalid character '{bad}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Empty_ReportsError()
    {
        Assert.False(ClientOrderId.TryParse("", out _, out var error));
        Assert.Equal("Client order id must not be empty", error);
    }

    [Fact]
    public void VenueOrderId_Blank_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new VenueOrderId(" "));

        Assert.StartsWith("Venue order id must not be empty", ex.Message, StringComparison.Ordinal);
    }
}
