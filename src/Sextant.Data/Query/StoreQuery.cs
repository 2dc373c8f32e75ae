using System.Globalization;
using DuckDB.NET.Data;
using Sextant.Config.Schema;
using Sextant.Data.Store;

namespace Sextant.Data.Query;

/// <summary>
/// SQL over the store with embedded DuckDB (in memory, nothing to run). The view <c>bars</c> has columns venue, symbol, interval, ts
/// (timestamp with time zone, UTC), open, high, low, close, volume and tier (<c>hot</c> or <c>archive</c>), read from both tiers with
/// the hive-style folder names supplying venue, symbol and interval. Session time zone is UTC.
/// </summary>
public sealed class StoreQuery : IDisposable
{
    private readonly DuckDBConnection _connection;

    private StoreQuery(DuckDBConnection connection) => _connection = connection;

    /// <summary>Opens DuckDB with <paramref name="duckDb"/>'s threads and memory limit and defines the <c>bars</c> view over <paramref name="store"/>.</summary>
    public static StoreQuery Open(LocalStoreOptions store, DuckDbConfig duckDb)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(duckDb);
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            var setup = $"SET TimeZone = 'UTC'; SET threads = {duckDb.Threads.ToString(CultureInfo.InvariantCulture)};";
            if (duckDb.MemoryLimit is { } limit)
            {
                setup += $" SET memory_limit = {Quote(limit)};";
            }

            Execute(connection, setup + " " + ViewSql(store));
            return new StoreQuery(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="sql"/> and returns every row; throws <see cref="QueryException"/> with DuckDB's message when it fails.</summary>
    public QueryResult Execute(string sql, CancellationToken cancellationToken)
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            using var registration = cancellationToken.Register(command.Cancel);
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = new object?[columns.Count];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return new QueryResult(columns, rows);
        }
        catch (DuckDBException ex)
        {
            throw new QueryException(ex.Message.Trim(), ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static string ViewSql(LocalStoreOptions store)
    {
        var parts = new List<string>();
        foreach (var (tier, root) in new[] { ("hot", store.Root), ("archive", store.ArchiveRoot) })
        {
            if (Directory.Exists(root) && Directory.EnumerateFiles(root, "*" + StoreLayout.Extension, SearchOption.AllDirectories).Any())
            {
                var glob = Quote(Path.Combine(root, "venue=*", "symbol=*", "interval=*", "*" + StoreLayout.Extension));
                parts.Add($"""
                    SELECT venue, replace(symbol, '%2F', '/') AS symbol, "interval", ts, open, high, low, close, volume, '{tier}' AS tier
                    FROM read_parquet({glob}, hive_partitioning = true, hive_types = {"{"}'venue': VARCHAR, 'symbol': VARCHAR, 'interval': VARCHAR{"}"})
                    """);
            }
        }

        return parts.Count == 0
            ? """CREATE VIEW bars AS SELECT NULL::VARCHAR AS venue, NULL::VARCHAR AS symbol, NULL::VARCHAR AS "interval", NULL::TIMESTAMPTZ AS ts, NULL::DOUBLE AS open, NULL::DOUBLE AS high, NULL::DOUBLE AS low, NULL::DOUBLE AS close, NULL::DOUBLE AS volume, NULL::VARCHAR AS tier WHERE false;"""
            : "CREATE VIEW bars AS " + string.Join(" UNION ALL ", parts) + ";";
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
