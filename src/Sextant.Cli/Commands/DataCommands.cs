using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sextant.Core.Time;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant data import|archive|list|query</c>: the local Parquet store.</summary>
internal static partial class DataCommands
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Build(CliContext context)
    {
        var data = new Command("data", "Market data: import CSV into the Parquet store, archive old partitions, list what is stored, query it with SQL.");
        data.Subcommands.Add(Import(context));
        data.Subcommands.Add(Archive(context));
        data.Subcommands.Add(List(context));
        data.Subcommands.Add(Query(context));
        data.Subcommands.Add(Fetch(context));
        data.Subcommands.Add(Events(context));
        return data;
    }

    private static string Utc(UnixNanos? time) => time is { } t ? t.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-";

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Parses a UTC date or time (<c>2023-04-01</c>, <c>2023-04-01T12:00Z</c>); null when it is neither.</summary>
    private static UnixNanos? ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? UnixNanos.FromDateTimeOffset(t)
            : null;
}
