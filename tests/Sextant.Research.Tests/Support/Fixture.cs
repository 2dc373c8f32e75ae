using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;

namespace Sextant.Research.Tests.Support;

/// <summary>Reads columns of the real CSV files in Fixtures/ (plain or gzip), parsed once per file.</summary>
internal static class Fixture
{
    private static readonly ConcurrentDictionary<string, (string[] Header, string[][] Rows)> Cache = new();

    public static double[] Column(string file, string column)
    {
        var (header, rows) = Cache.GetOrAdd(file, Read);
        var index = Array.IndexOf(header, column);
        if (index < 0)
        {
            throw new ArgumentException($"{file} has no column {column}; columns: {string.Join(", ", header)}", nameof(column));
        }

        return Array.ConvertAll(rows, r => double.Parse(r[index], NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    public static double[] Log(double[] values) => Array.ConvertAll(values, Math.Log);

    private static (string[] Header, string[][] Rows) Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
        using var stream = File.OpenRead(path);
        using var decoded = file.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(stream, CompressionMode.Decompress)
            : (Stream)stream;
        using var reader = new StreamReader(decoded);
        var header = reader.ReadLine()!.Split(',');
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            rows.Add(line.Split(','));
        }

        return (header, rows.ToArray());
    }
}
