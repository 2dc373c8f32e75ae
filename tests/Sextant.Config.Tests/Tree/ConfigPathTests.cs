using Sextant.Config.Tree;

namespace Sextant.Config.Tests.Tree;

public sealed class ConfigPathTests
{
    [Fact]
    public void TryParse_KeysAndIndexes_GivesSegments()
    {
        var sut = ConfigPath.TryParse("strategies[0].pairs[1][0]", out var error);

        Assert.Null(error);
        Assert.Equal(new object[] { "strategies", 0, "pairs", 1, 0 }, sut!.Segments);
        Assert.Equal("strategies[0].pairs[1][0]", sut.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a..b", "empty key")]
    [InlineData("a[x]", "whole number")]
    [InlineData("a[0", "whole number")]
    [InlineData("a.", "ends with")]
    [InlineData("a[0]b", "expected '.'")]
    public void TryParse_Malformed_SaysWhy(string text, string expected)
    {
        var sut = ConfigPath.TryParse(text, out var error);

        Assert.Null(sut);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironmentVariable_DoubleUnderscores_LowerCasesKeysAndReadsIndexes()
    {
        var sut = ConfigPath.FromEnvironmentVariable("SEXTANT__STRATEGIES__0__ENTRY_Z");

        Assert.Equal("strategies[0].entry_z", sut!.ToString());
    }

    [Theory]
    [InlineData("SEXTANT_DASHBOARD_TOKEN")]
    [InlineData("SEXTANT__")]
    [InlineData("SEXTANT__A____B")]
    [InlineData("SEXTANT__0__A")]
    public void FromEnvironmentVariable_NotAPath_ReturnsNull(string name) =>
        Assert.Null(ConfigPath.FromEnvironmentVariable(name));
}
