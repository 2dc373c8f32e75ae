namespace Sextant.Config.Schema;

/// <summary>The <c>data.duckdb:</c> section.</summary>
public sealed record DuckDbConfig
{
    /// <summary>Worker threads of the embedded DuckDB. Default 2.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>DuckDB memory limit such as <c>2GB</c>; null leaves DuckDB's default. Default null.</summary>
    public string? MemoryLimit { get; init; }
}
