namespace Sextant.Data.Query;

/// <summary>DuckDB rejected a statement (syntax, unknown column, type error) or could not read a file; the message is DuckDB's.</summary>
public sealed class QueryException(string message, Exception? innerException = null) : Exception(message, innerException);
