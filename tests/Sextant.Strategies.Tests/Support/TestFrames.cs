using System.Globalization;
using System.IO.Compression;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Strategies.Frames;

namespace Sextant.Strategies.Tests.Support;

/// <summary>Builds frames from closes (hand-worked cases) or from the real BTC/ETH minutes in Fixtures/.</summary>
internal static class TestFrames
{
    public const long Minute = 60_000_000_000L;

    public static BarSeries Series(string symbol, double[] closes, long[]? minutes = null)
    {
        var builder = new BarSeriesBuilder(new SeriesKey(new VenueId("test"), new Symbol(symbol), BarInterval.OneMinute), closes.Length);
        for (var i = 0; i < closes.Length; i++)
        {
            var c = closes[i];
            builder.Add(new Bar(new UnixNanos((minutes?[i] ?? i) * Minute), c, c, c, c, 1));
        }

        return builder.Build();
    }

    public static BarFrame Pair(double[] y, double[] x) => BarFrame.Align([Series("YYY", y), Series("XXX", x)]);

    public static BarSeries Real(string symbol) => Sextant.Tests.Shared.RealMinutes.Load(symbol);
}
