using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Data.Store;

/// <summary>
/// File layout of a tier, hive style so DuckDB reads the keys from the path:
/// <c>venue=binance/symbol=BTCUSDT/interval=1m/2023-03.parquet</c>. A <c>/</c> in a symbol is written as <c>%2F</c>.
/// </summary>
internal static class StoreLayout
{
    public const string Extension = ".parquet";
    public const string CoverageFile = "_coverage.json";

    public static string SeriesDirectory(string root, SeriesKey key) => Path.Combine(
        root, "venue=" + key.Venue.Value, "symbol=" + EscapeSymbol(key.Symbol.Value), "interval=" + key.Interval);

    public static string PartitionPath(string root, SeriesKey key, Period period) =>
        Path.Combine(SeriesDirectory(root, key), period.Name + Extension);

    public static string PartitionName(SeriesKey key, Period period) => $"{key}/{period.Name}";

    /// <summary>Partitions of <paramref name="key"/> stored in <paramref name="root"/>, by period; files with other names are ignored.</summary>
    public static SortedDictionary<UnixNanos, (Period Period, string Path)> Partitions(string root, SeriesKey key)
    {
        var result = new SortedDictionary<UnixNanos, (Period, string)>();
        var dir = SeriesDirectory(root, key);
        if (!Directory.Exists(dir))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(dir, "*" + Extension))
        {
            if (Period.TryParse(key.Interval, Path.GetFileNameWithoutExtension(file)) is { } period)
            {
                result[period.Start] = (period, file);
            }
        }

        return result;
    }

    /// <summary>Every series with a folder in <paramref name="root"/>.</summary>
    public static IEnumerable<SeriesKey> Series(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var venueDir in Directory.EnumerateDirectories(root, "venue=*"))
        {
            foreach (var symbolDir in Directory.EnumerateDirectories(venueDir, "symbol=*"))
            {
                foreach (var intervalDir in Directory.EnumerateDirectories(symbolDir, "interval=*"))
                {
                    if (TryKey(venueDir, symbolDir, intervalDir) is { } key)
                    {
                        yield return key;
                    }
                }
            }
        }
    }

    private static SeriesKey? TryKey(string venueDir, string symbolDir, string intervalDir)
    {
        var venue = Value(venueDir);
        var symbol = Value(symbolDir).Replace("%2F", "/", StringComparison.Ordinal);
        var interval = Value(intervalDir);
        return VenueId.TryParse(venue, out var v, out _) && Symbol.TryParse(symbol, out var s, out _) && BarInterval.TryParse(interval, out var i, out _)
            ? new SeriesKey(v, s, i)
            : null;

        static string Value(string dir)
        {
            var name = Path.GetFileName(dir);
            return name[(name.IndexOf('=', StringComparison.Ordinal) + 1)..];
        }
    }

    private static string EscapeSymbol(string symbol) => symbol.Replace("/", "%2F", StringComparison.Ordinal);
}
