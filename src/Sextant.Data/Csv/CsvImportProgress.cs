namespace Sextant.Data.Csv;

/// <summary>How far an import is: bytes of the input file read so far (compressed bytes for gzip), its length (0 when unknown), and rows parsed.</summary>
public readonly record struct CsvImportProgress(long BytesRead, long BytesTotal, long Rows);
