using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Data.Tests.Support;

/// <summary>Comparisons of bar series column by column.</summary>
internal static class Bars
{
    public static void Equal(BarSeries expected, BarSeries actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.True(expected.Times.SequenceEqual(actual.Times), "times differ");
        Assert.True(expected.Open.SequenceEqual(actual.Open), "open differs");
        Assert.True(expected.High.SequenceEqual(actual.High), "high differs");
        Assert.True(expected.Low.SequenceEqual(actual.Low), "low differs");
        Assert.True(expected.Close.SequenceEqual(actual.Close), "close differs");
        Assert.True(expected.Volume.SequenceEqual(actual.Volume), "volume differs");
    }

    /// <summary>A copy of <paramref name="bars"/> with every close replaced by <paramref name="close"/> (open/high/low widened to stay valid).</summary>
    public static BarSeries WithClose(BarSeries bars, double close)
    {
        var b = new BarSeriesBuilder(bars.Key, bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            b.Add(bars.Times[i], close, close, close, close, bars.Volume[i]);
        }

        return b.Build();
    }

    public static BarSeries Of(SeriesKey key, params (UnixNanos Time, double Close)[] bars)
    {
        var b = new BarSeriesBuilder(key);
        foreach (var (time, close) in bars)
        {
            b.Add(time, close, close, close, close, 1);
        }

        return b.Build();
    }
}
