using System.Text.Json;
using Sextant.Backtest.Results;
using Sextant.Core.Orders;

namespace Sextant.Backtest.Reports;

/// <summary>Writes a report directory: summary.json, equity.csv, positions.csv, fills.csv, round_trips.csv, report.html and equity.png, each atomically.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The file names written, in order.</summary>
    public static IReadOnlyList<string> Files { get; } = ["summary.json", "equity.csv", "positions.csv", "fills.csv", "round_trips.csv", "report.html", "equity.png"];

    /// <summary>Writes every report file into <paramref name="directory"/> (created if needed); <paramref name="metadataOf"/> finds the signal metadata behind an order for fills.csv.</summary>
    public static void Write(BacktestResult result, string directory, Func<ClientOrderId, IReadOnlyDictionary<string, object>?> metadataOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        AtomicFile.WriteText(Path.Combine(directory, "summary.json"), SummaryJson.Build(result).ToJsonString(Indented) + "\n");
        AtomicFile.WriteText(Path.Combine(directory, "equity.csv"), CsvReports.Equity(result));
        AtomicFile.WriteText(Path.Combine(directory, "positions.csv"), CsvReports.Positions(result));
        AtomicFile.WriteText(Path.Combine(directory, "fills.csv"), CsvReports.Fills(result, metadataOf));
        AtomicFile.WriteText(Path.Combine(directory, "round_trips.csv"), CsvReports.RoundTrips(result));
        AtomicFile.WriteText(Path.Combine(directory, "report.html"), HtmlReport.Render(result));
        var png = PngChart.Equity(result);
        AtomicFile.Write(Path.Combine(directory, "equity.png"), stream => stream.Write(png));
    }
}
