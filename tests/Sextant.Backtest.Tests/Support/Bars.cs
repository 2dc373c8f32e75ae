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
    public static BarSeries Real(string symbol) => Sextant.Tests.Shared.RealMinutes.Load(symbol);
}
