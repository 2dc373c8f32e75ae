using Sextant.Config.Binding;

namespace Sextant.Config.Tests.Binding;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("250ms", 0, 0, 0, 0, 250)]
    [InlineData("30s", 0, 0, 0, 30, 0)]
    [InlineData("5m", 0, 0, 5, 0, 0)]
    [InlineData("1h30m", 0, 1, 30, 0, 0)]
    [InlineData("2d", 2, 0, 0, 0, 0)]
    [InlineData("1.5s", 0, 0, 0, 1, 500)]
    public void TryParse_UnitsAndCompounds_GiveTimeSpan(string text, int d, int h, int m, int s, int ms)
    {
        Assert.True(Durations.TryParse(text, out var value));
        Assert.Equal(new TimeSpan(d, h, m, s, ms), value);
    }

    [Theory]
    [InlineData("60")]
    [InlineData("")]
    [InlineData("5x")]
    [InlineData("m")]
    [InlineData("-5s")]
    public void TryParse_BareNumberOrUnknownUnit_Fails(string text) => Assert.False(Durations.TryParse(text, out _));

    [Theory]
    [InlineData("90s", "1m30s")]
    [InlineData("60s", "1m")]
    [InlineData("250ms", "250ms")]
    [InlineData("1d2h", "1d2h")]
    public void Format_RoundTrips(string text, string expected)
    {
        Assert.True(Durations.TryParse(text, out var value));

        Assert.Equal(expected, Durations.Format(value));
        Assert.True(Durations.TryParse(Durations.Format(value), out var again));
        Assert.Equal(value, again);
    }
}
