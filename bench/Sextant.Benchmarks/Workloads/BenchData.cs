using System.Globalization;
using System.Text;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Csv;

namespace Sextant.Benchmarks.Workloads;

/// <summary>Benchmark inputs built from the bundled real BTCUSDT minutes, tiled end to end (times continue minute by minute) to any length.</summary>
public static class BenchData
{
    public static SeriesKey Key { get; } = new(new VenueId("bench"), new Symbol("BTCUSDT"), BarInterval.OneMinute);

    public static string SamplesDirectory()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Sextant.slnx")))
            {
                return Path.Combine(dir, "data", "samples");
            }
        }

        throw new InvalidOperationException("Run from inside the repository: data/samples not found above " + AppContext.BaseDirectory);
    }

    public static async Task<BarSeries> TiledAsync(int count)
    {
        var real = (await new CsvImporter().ImportAsync(Path.Combine(SamplesDirectory(), "binance_BTCUSDT_1m.csv.gz"), Key, null, default)).Bars;
        var builder = new BarSeriesBuilder(Key, count);
        var time = real.Times[0];
        for (var i = 0; i < count; i++)
        {
            var j = i % real.Count;
            builder.Add(time, real.Open[j], real.High[j], real.Low[j], real.Close[j], real.Volume[j]);
            time += TimeSpan.FromMinutes(1);
        }

        return builder.Build();
    }

    /// <summary>Writes <paramref name="bars"/> as a CSV in the samples' layout.</summary>
    public static void WriteCsv(string path, BarSeries bars)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("timestamp_utc_ms,open,high,low,close,volume\n");
        for (var i = 0; i < bars.Count; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{bars.Times[i].ToUnixMilliseconds()},{bars.Open[i]},{bars.High[i]},{bars.Low[i]},{bars.Close[i]},{bars.Volume[i]}\n"));
        }
    }
}
