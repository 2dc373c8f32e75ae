using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sextant.Dashboard.Reports;

/// <summary>
/// A backtest report directory as <c>sextant backtest --report DIR</c> writes it (summary.json, equity.csv, positions.csv,
/// fills.csv, round_trips.csv, report.html, equity.png). Read on every request, so a re-run shows at once. Only plain
/// file names directly in the directory are served, never a path.
/// </summary>
public sealed partial class ReportDirectory
{
    /// <summary>Equity points sent to the chart at most; longer series are thinned evenly (the last point always kept).</summary>
    public const int MaxChartPoints = 5_000;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".json"] = "application/json",
        [".csv"] = "text/csv; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain; charset=utf-8",
    };

    /// <summary>Wraps <paramref name="path"/> (an absolute directory).</summary>
    public ReportDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>True when the directory exists.</summary>
    public bool Exists => Directory.Exists(Path);

    /// <summary>The report files present, by name.</summary>
    public IReadOnlyList<string> Files() => !Exists
        ? []
        : [.. Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>()
            .Where(name => SafeName().IsMatch(name) && ContentTypes.ContainsKey(System.IO.Path.GetExtension(name)))
            .Order(StringComparer.Ordinal)];

    /// <summary>The full path and content type of a served file, or null when <paramref name="name"/> is not one of <see cref="Files"/>.</summary>
    public (string FullPath, string ContentType)? Find(string name) =>
        Files().Contains(name, StringComparer.Ordinal)
            ? (System.IO.Path.Combine(Path, name), ContentTypes[System.IO.Path.GetExtension(name)])
            : null;

    /// <summary>summary.json, or null when absent or not JSON.</summary>
    public JsonNode? Summary()
    {
        var file = System.IO.Path.Combine(Path, "summary.json");
        try
        {
            return File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file)) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>equity.csv as columns (unix seconds, equity, drawdown), thinned to <see cref="MaxChartPoints"/>; empty when absent.</summary>
    public (double[] T, double[] Equity, double[] Drawdown) Equity()
    {
        var file = System.IO.Path.Combine(Path, "equity.csv");
        if (!File.Exists(file))
        {
            return ([], [], []);
        }

        var rows = File.ReadLines(file).Skip(1).Where(l => l.Length > 0).ToList();
        var step = Math.Max(1, (int)Math.Ceiling(rows.Count / (double)MaxChartPoints));
        var t = new List<double>();
        var equity = new List<double>();
        var drawdown = new List<double>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i % step != 0 && i != rows.Count - 1)
            {
                continue;
            }

            var f = rows[i].Split(',');
            if (f.Length < 3 || !DateTimeOffset.TryParse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
                || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
                || !double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                continue; // a malformed row is skipped; the report view is best effort
            }

            t.Add(time.ToUnixTimeMilliseconds() / 1000.0);
            equity.Add(e);
            drawdown.Add(d);
        }

        return ([.. t], [.. equity], [.. drawdown]);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex SafeName();
}
