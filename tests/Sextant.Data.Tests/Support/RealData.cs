using System.Globalization;
using System.IO.Compression;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Data.Tests.Support;

/// <summary>The repository's bundled real bars (data/samples) and small helpers over them.</summary>
internal static class RealData
{
    public static string Directory { get; } = FindSamples();

    public static string File(string name) => Path.Combine(Directory, name);

    public static SeriesKey Key(string venue, string symbol, string interval) => new(new VenueId(venue), new Symbol(symbol), BarInterval.Parse(interval));

    public static SeriesKey BtcMinute { get; } = Key("binance", "BTCUSDT", "1m");

    /// <summary>Reads a sample file with a deliberately naive parser (independent of the importer under test).</summary>
    public static BarSeries Load(string name, SeriesKey key)
    {
        using var raw = System.IO.File.OpenRead(File(name));
        using var stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : (Stream)raw;
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var builder = new BarSeriesBuilder(key);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            builder.Add(Ms(long.Parse(f[0], CultureInfo.InvariantCulture)), D(f[1]), D(f[2]), D(f[3]), D(f[4]), D(f[5]));
        }

        return builder.Build();

        static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    }

    public static BarSeries BtcMinutes() => Load("binance_BTCUSDT_1m.csv.gz", BtcMinute);

    public static UnixNanos Ms(long ms) => UnixNanos.FromUnixMilliseconds(ms);

    public static UnixNanos Utc(string iso) => UnixNanos.FromDateTimeOffset(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    public static TimeRange Range(string from, string to) => new(Utc(from), Utc(to));

    private static string FindSamples()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (System.IO.File.Exists(Path.Combine(dir, "Sextant.slnx")))
            {
                return Path.Combine(dir, "data", "samples");
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
