using System.Globalization;
using System.IO.Compression;

namespace Sextant.Emulator.Market;

/// <summary>Reads <c>timestamp_utc_ms,open,high,low,close,volume</c> bars (optionally gzip) from the embedded data or a file.</summary>
internal static class CandleCsv
{
    public static List<Candle> ReadEmbedded(string name)
    {
        using var stream = typeof(CandleCsv).Assembly.GetManifestResourceStream("Sextant.Emulator.Data." + name)
            ?? throw new InvalidOperationException($"Embedded replay data '{name}' is missing from the emulator assembly");
        return Read(stream, gzip: name.EndsWith(".gz", StringComparison.Ordinal));
    }

    public static List<Candle> Read(Stream stream, bool gzip)
    {
        using var source = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(source);
        var candles = new List<Candle>();
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("timestamp_utc_ms", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Replay data must start with the header timestamp_utc_ms,open,high,low,close,volume, was '{header}'");
        }

        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var parts = text.Split(',');
            if (parts.Length != 6)
            {
                throw new InvalidDataException($"Replay data line {line}: expected 6 columns, was {parts.Length}");
            }

            candles.Add(new Candle(
                long.Parse(parts[0], CultureInfo.InvariantCulture),
                Dec(parts[1]), Dec(parts[2]), Dec(parts[3]), Dec(parts[4]), Dec(parts[5])));
        }

        return candles;
    }

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
