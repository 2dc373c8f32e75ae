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
    private static readonly long Minute = 60_000_000_000L;

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

    public static BarSeries Real(string symbol)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", $"binance_{symbol}_1m_first5000.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        reader.ReadLine();
        var builder = new BarSeriesBuilder(new SeriesKey(new VenueId("binance"), new Symbol(symbol), BarInterval.OneMinute), 5000);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            double P(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            builder.Add(new Bar(new UnixNanos(long.Parse(f[0], CultureInfo.InvariantCulture) * 1_000_000), P(1), P(2), P(3), P(4), P(5)));
        }

        return builder.Build();
    }
}
