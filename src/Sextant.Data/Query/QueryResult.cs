namespace Sextant.Data.Query;

/// <summary>The result of a SQL query: column names and rows of values (strings, numbers, <see cref="DateTime"/> in UTC, or null).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
