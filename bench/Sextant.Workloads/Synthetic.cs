using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Workloads;

/// <summary>
/// Deterministic synthetic cointegrated pairs (said so in every figure printed): x is a geometric random walk, and
/// ln y = 0.2 + 0.8·ln x + s with s an AR(1) spread (φ = 0.995), so the pair mean-reverts like a real one.
/// </summary>
internal static class Synthetic
{
    public const long Minute = 60_000_000_000L;

    /// <summary>The start of every synthetic series: 2024-01-01T00:00Z.</summary>
    public static readonly UnixNanos Start = UnixNanos.FromDateTimeOffset(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static (BarSeries Y, BarSeries X) Pair(string venue, string y, string x, int bars, int seed)
    {
        var random = new Random(seed);
        var by = new BarSeriesBuilder(new SeriesKey(new VenueId(venue), new Symbol(y), BarInterval.OneMinute), bars);
        var bx = new BarSeriesBuilder(new SeriesKey(new VenueId(venue), new Symbol(x), BarInterval.OneMinute), bars);
        var lx = Math.Log(100.0 + seed % 50);
        var spread = 0.0;
        var prevX = Math.Exp(lx);
        var prevY = Math.Exp(0.2 + (0.8 * lx));
        for (var i = 0; i < bars; i++)
        {
            var (g1, g2) = Gaussians(random);
            lx += 0.0008 * g1;
            spread = (0.995 * spread) + (0.0004 * g2);
            var cx = Math.Exp(lx);
            var cy = Math.Exp(0.2 + (0.8 * lx) + spread);
            var time = new UnixNanos(Start.Value + (i * Minute));
            bx.Add(new Bar(time, prevX, Math.Max(prevX, cx) * 1.0002, Math.Min(prevX, cx) * 0.9998, cx, 10 + random.NextDouble()));
            by.Add(new Bar(time, prevY, Math.Max(prevY, cy) * 1.0002, Math.Min(prevY, cy) * 0.9998, cy, 10 + random.NextDouble()));
            (prevX, prevY) = (cx, cy);
        }

        return (by.Build(), bx.Build());
    }

    /// <summary>Two independent standard normals from one Box–Muller draw (both the cosine and the sine half).</summary>
    private static (double, double) Gaussians(Random random)
    {
        var r = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
        var (sin, cos) = Math.SinCos(2.0 * Math.PI * random.NextDouble());
        return (r * cos, r * sin);
    }
}
