using Sextant.Core.Bars;

namespace Sextant.Core.Tests.Bars;

public sealed class BarIntervalTests
{
    [Theory]
    [InlineData("1s", 1, BarUnit.Second, 1)]
    [InlineData("1m", 1, BarUnit.Minute, 60)]
    [InlineData("5m", 5, BarUnit.Minute, 300)]
    [InlineData("1h", 1, BarUnit.Hour, 3600)]
    [InlineData("4h", 4, BarUnit.Hour, 14_400)]
    [InlineData("1d", 1, BarUnit.Day, 86_400)]
    [InlineData("1w", 1, BarUnit.Week, 604_800)]
    [InlineData("1M", 1, BarUnit.Month, 2_592_000)]
    public void Parse_BinanceForm_GivesCountUnitAndDuration(string text, int count, BarUnit unit, int seconds)
    {
        var sut = BarInterval.Parse(text);

        Assert.Equal(count, sut.Count);
        Assert.Equal(unit, sut.Unit);
        Assert.Equal(TimeSpan.FromSeconds(seconds), sut.Duration);
        Assert.Equal(text, sut.ToString());
    }

    [Fact]
    public void Parse_LowerAndUpperM_AreMinuteAndMonth()
    {
        Assert.NotEqual(BarInterval.Parse("1m"), BarInterval.Parse("1M"));
        Assert.Equal(BarInterval.OneMinute, BarInterval.Parse("1m"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("5x")]
    [InlineData("1H")]
    [InlineData("-1m")]
    [InlineData("1.5h")]
    [InlineData("5 m")]
    public void Parse_Invalid_ThrowsListingAllowedForms(string text)
    {
        var ex = Assert.Throws<FormatException>(() => BarInterval.Parse(text));

        Assert.Equal($"Bar interval must be {BarInterval.AllowedForms}, was '{text}'", ex.Message);
        Assert.Contains("1m, 5m, 1h, 1d, 1w or 1M", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0m")]
    [InlineData("1001m")]
    public void TryParse_CountOutOfRange_ReturnsError(string text)
    {
        Assert.False(BarInterval.TryParse(text, out _, out var error));
        Assert.Equal($"Bar interval count must be between 1 and 1000, was '{text}'", error);
    }

    [Fact]
    public void Constructor_ZeroCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BarInterval(0, BarUnit.Minute));
    }

    [Fact]
    public void Default_IsUnset()
    {
        Assert.Equal(string.Empty, default(BarInterval).ToString());
        Assert.Equal(TimeSpan.Zero, default(BarInterval).Duration);
    }
}
