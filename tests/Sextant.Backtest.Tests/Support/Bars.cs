using System.Globalization;
using System.IO.Compression;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Backtest.Tests.Support;

internal static class Bars
{
    public const long Minute = 60_000_000_000L;

    /// <summary>A 1-minute series from (open, close) pairs; high/low span them, volume 1000.</summary>
    public static BarSeries Series(string venue, string symbol, params (double Open, double Close)[] bars)
    {
        var builder = new BarSeriesBuilder(new SeriesKey(new VenueId(venue), new Symbol(symbol), BarInterval.OneMinute), bars.Length);
        for (var i = 0; i < bars.Length; i++)
        {
            var (o, c) = bars[i];
            builder.Add(new Bar(new UnixNanos(i * Minute), o, Math.Max(o, c), Math.Min(o, c), c, 1000));
        }

        return builder.Build();
    }

    /// <summary>The first 5000 real Binance minutes of <paramref name="symbol"/> (BTCUSDT, ETHUSDT) from Fixtures/.</summary>
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
            builder.Add(new Bar(UnixNanos.FromUnixMilliseconds(long.Parse(f[0], CultureInfo.InvariantCulture)), P(1), P(2), P(3), P(4), P(5)));
        }

        return builder.Build();
    }
}
