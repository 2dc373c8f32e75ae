namespace Sextant.Data.Csv;

/// <summary>How <see cref="CsvImporter"/> reads a file.</summary>
public sealed record CsvImportOptions
{
    /// <summary>Stop at the first malformed row with a <see cref="Sources.DataException"/> naming its line; default false (skip it and report it).</summary>
    public bool Strict { get; init; }

    /// <summary>Zone of ISO 8601 timestamps that carry no offset (e.g. <c>2023-03-01 09:30</c>). Default UTC. Epoch numbers are always UTC.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>How many malformed rows are kept with line and reason in the result (all are counted). Default 1000.</summary>
    public int MaxReportedErrors { get; init; } = 1000;
}
