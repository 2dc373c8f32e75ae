using Sextant.Core.Bars;

namespace Sextant.Data.Csv;

/// <summary>What an import produced: the bars (sorted, unique times), the layout found, and every skipped row counted (the first ones with line and reason).</summary>
public sealed record CsvImportResult(BarSeries Bars, CsvLayout Layout, bool Gzip, long DataRows, int Skipped, IReadOnlyList<CsvRowError> Errors, bool WasSorted)
{
    /// <summary>Bars imported.</summary>
    public int Imported => Bars.Count;
}
