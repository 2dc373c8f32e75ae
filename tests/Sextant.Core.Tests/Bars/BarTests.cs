using Sextant.Core.Bars;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Bars;

public sealed class BarTests
{
    [Fact]
    public void Validate_WellFormedBar_ReturnsNull()
    {
        var sut = Some.Bar();

        Assert.True(sut.IsValid);
        Assert.Null(sut.Validate());
    }

    [Fact]
    public void Validate_NaNClose_NamesTimeAndField()
    {
        var sut = Some.Bar(close: double.NaN);

        Assert.False(sut.IsValid);
        Assert.Equal("Bar at 2017-07-03T00:00:00.000000000Z: close is NaN", sut.Validate());
    }

    [Fact]
    public void Validate_NonPositivePrice_ReportsValue()
    {
        var sut = Some.Bar(low: 0);

        Assert.Contains("low must be positive, was 0", sut.Validate(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HighBelowOpenOrClose_Reports()
    {
        var sut = Some.Bar(open: 100, high: 101, close: 101.5);

        Assert.Contains("high 101 is below max(open, close) 101.5", sut.Validate(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LowAboveOpenOrClose_Reports()
    {
        var sut = Some.Bar(open: 100, low: 100.5, close: 101.5);

        Assert.Contains("low 100.5 is above min(open, close) 100", sut.Validate(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeVolume_Reports()
    {
        var sut = Some.Bar(volume: -1);

        Assert.Equal("Bar at 2017-07-03T00:00:00.000000000Z: volume must not be negative, was -1", sut.Validate());
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEach()
    {
        var sut = Some.Bar(open: -1, volume: double.PositiveInfinity);

        Assert.Equal("Bar at 2017-07-03T00:00:00.000000000Z: open must be positive, was -1; volume is Infinity", sut.Validate());
    }

    [Fact]
    public void Constructor_InvalidValues_DoesNotThrow()
    {
        var sut = Some.Bar(high: -5);

        Assert.False(sut.IsValid);
    }
}
