using Sextant.Core.Instruments;

namespace Sextant.Core.Tests.Instruments;

public sealed class AssetClassesTests
{
    [Theory]
    [InlineData("crypto", AssetClass.Crypto)]
    [InlineData("CRYPTO", AssetClass.Crypto)]
    [InlineData(" Equity ", AssetClass.Equity)]
    public void Parse_AnyCase_ReturnsAssetClass(string text, AssetClass expected)
    {
        Assert.Equal(expected, AssetClasses.Parse(text));
    }

    [Fact]
    public void Parse_Unknown_ThrowsListingAllowedNames()
    {
        var ex = Assert.Throws<FormatException>(() => AssetClasses.Parse("forex"));

        Assert.Equal("Asset class must be one of crypto, equity, was 'forex'", ex.Message);
    }

    [Theory]
    [InlineData(AssetClass.Crypto, "crypto")]
    [InlineData(AssetClass.Equity, "equity")]
    public void ToConfigName_EachClass_RoundTrips(AssetClass assetClass, string expected)
    {
        Assert.Equal(expected, assetClass.ToConfigName());
        Assert.Equal(assetClass, AssetClasses.Parse(assetClass.ToConfigName()));
    }

    [Fact]
    public void ToConfigName_OutsideEnum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((AssetClass)7).ToConfigName());
    }

    [Fact]
    public void All_ListsEveryDeclaredMember()
    {
        Assert.Equal(Enum.GetValues<AssetClass>(), AssetClasses.All);
    }
}
