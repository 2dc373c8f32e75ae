using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Cli.Output;
using Sextant.Data.Query;
using Sextant.Data.Routing;
using Sextant.Data.Store;

namespace Sextant.Cli.Commands;

internal static partial class DataCommands
{
    private static Command Query(CliContext context)
    {
        var options = new DataOptions();
        var sql = new Argument<string>("sql") { Description = "SQL over the view bars(venue, symbol, interval, ts, open, high, low, close, volume, tier), e.g. \"select symbol, count(*) from bars group by 1\"." };
        var maxRows = new Option<int>("--max-rows") { Description = "Rows printed in the table (--json and --csv print all). Default 1000.", DefaultValueFactory = _ => 1000 };
        var csv = new Option<bool>("--csv") { Description = "Print the result as CSV (RFC 4180: header record, CRLF line ends, fields quoted when needed; times as ISO 8601 UTC)." };
        var command = options.AddTo(new Command("query", "Run SQL over the store (both tiers) with embedded DuckDB; bundled samples are loaded into the store on first use.") { sql, maxRows, csv });
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(csv) && parse.GetValue(options.Json))
            {
                return await BadInputAsync(context, "choose one output format: --csv or --json", ct);
            }

            var (config, root) = options.Load(context, parse);
            await SeedSamplesAsync(context, config, root, ct);
            QueryResult result;
            try
            {
                using var query = StoreQuery.Open(LocalStoreOptions.FromConfig(config.Data, root), config.Data.DuckDb);
                result = query.Execute(parse.GetValue(sql)!, ct);
            }
            catch (QueryException ex)
            {
                return await BadInputAsync(context, "query failed: " + ex.Message, ct);
            }

            if (parse.GetValue(options.Json))
            {
                var rows = new JsonArray(result.Rows.Select(r => (JsonNode?)new JsonObject(result.Columns.Select((c, i) => KeyValuePair.Create(c, JsonValueOf(r[i]))))).ToArray());
                await context.Output.WriteLineAsync(rows.ToJsonString(Indented).AsMemory(), ct);
                return ExitCodes.Ok;
            }

            if (parse.GetValue(csv))
            {
                await context.Output.WriteAsync(CsvText.Render(result.Columns, result.Rows.Select(r => (IReadOnlyList<string>)r.Select(CsvCell).ToList())).AsMemory(), ct);
                return ExitCodes.Ok;
            }

            var limit = Math.Max(0, parse.GetValue(maxRows));
            await context.Output.WriteAsync(TextTable.Render(result.Columns, result.Rows.Take(limit).Select(r => (IReadOnlyList<string>)r.Select(Cell).ToList())).AsMemory(), ct);
            var note = result.Rows.Count > limit ? $" (first {Count(limit)} shown; use LIMIT or --json)" : "";
            await context.Output.WriteLineAsync($"{Count(result.Rows.Count)} row(s){note}".AsMemory(), ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads the bundled samples the store lacks (first use), telling the user on standard error.</summary>
    private static async Task SeedSamplesAsync(CliContext context, Config.Schema.SextantConfig config, string root, CancellationToken ct)
    {
        var loaded = await DataManager.Create(config, root).LoadSamplesAsync(ct);
        if (loaded.Count > 0)
        {
            await context.Error.WriteLineAsync($"Loaded {loaded.Count} bundled sample series into the store (first use).".AsMemory(), ct);
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.Millisecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A CSV field's text: numbers invariant and round-trip, times ISO 8601 UTC, null empty.</summary>
    private static string CsvCell(object? value) => value switch
    {
        DateTime or DateTimeOffset => JsonValueOf(value)!.GetValue<string>(),
        bool b => b ? "true" : "false",
        _ => Cell(value),
    };

    private static JsonNode? JsonValueOf(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        double d => double.IsFinite(d) ? d : d.ToString(CultureInfo.InvariantCulture),
        float f => f,
        long l => l,
        int i => i,
        short s => s,
        byte b => b,
        ulong u => u,
        uint u => u,
        decimal m => m,
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        _ => Cell(value),
    };
}
