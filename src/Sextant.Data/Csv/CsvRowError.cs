namespace Sextant.Data.Csv;

/// <summary>A malformed row: its 1-based line number in the (decompressed) file and why it was skipped.</summary>
public readonly record struct CsvRowError(long Line, string Reason)
{
    /// <summary>"line 17: close 'abc' is not a number".</summary>
    public override string ToString() => $"line {Line}: {Reason}";
}
