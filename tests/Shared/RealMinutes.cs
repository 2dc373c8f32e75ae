using System.Globalization;
using System.IO.Compression;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Tests.Shared;

/// <summary>
/// The first 5000 real Binance minutes of BTCUSDT or ETHUSDT (Fixtures/binance_SYMBOL_1m_first5000.csv.gz, the file
/// the research tests hold statsmodels references for). Linked into each test project that replays real bars.
/// </summary>
internal static class RealMinutes
{
    public static BarSeries Load(string symbol)
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
