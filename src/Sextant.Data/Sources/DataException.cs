namespace Sextant.Data.Sources;

/// <summary>
/// Stored or imported market data that cannot be used: a corrupt or truncated Parquet partition, a malformed CSV row in strict mode,
/// or a series that no source could serve. The message names the file and partition (or line) so the user can act on it.
/// </summary>
public sealed class DataException : Exception
{
    /// <summary>Creates the exception; <paramref name="path"/> and <paramref name="partition"/> are added to the message when given.</summary>
    public DataException(string message, string? path = null, string? partition = null, Exception? innerException = null)
        : base(Compose(message, path, partition, innerException), innerException)
    {
        Path = path;
        Partition = partition;
    }

    /// <summary>The file involved, when there is one.</summary>
    public string? Path { get; }

    /// <summary>The store partition involved, e.g. <c>binance/BTCUSDT/1m/2023-03</c>, when there is one.</summary>
    public string? Partition { get; }

    private static string Compose(string message, string? path, string? partition, Exception? inner)
    {
        var text = message;
        if (partition is not null)
        {
            text += $" (partition {partition})";
        }

        if (path is not null)
        {
            text += $" in file {path}";
        }

        return inner is null ? text : $"{text}: {inner.Message}";
    }
}
