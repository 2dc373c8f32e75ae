using System.CommandLine;
using System.Text.Json;
using Sextant.Data.Store;

namespace Sextant.Cli.Commands;

internal static partial class DataCommands
{
    private static Command List(CliContext context)
    {
        var options = new DataOptions();
        var command = options.AddTo(new Command("list", "List the stored series per tier: first and last bar (UTC), rows, gaps (by asset class: see the note under the table), partitions and size on disk; bundled samples are loaded into the store on first use."));
        command.SetAction(async (parse, ct) =>
        {
            var (config, root) = options.Load(context, parse);
            await SeedSamplesAsync(context, config, root, ct);
            var store = LocalFileSource.FromConfig(config.Data, root);
            var series = await store.ListAsync(ct);
            if (parse.GetValue(options.Json))
            {
                var rows = series.Select(s => new
                {
                    venue = s.Key.Venue.Value, symbol = s.Key.Symbol.Value, interval = s.Key.Interval.ToString(), tier = s.Tier.ToString().ToLowerInvariant(),
                    first = s.First?.ToString(), last = s.Last?.ToString(), rows = s.Rows, gaps = s.Gaps, gap_rule = RuleName(s.Rule),
                    longest_gap = s.LongestGap is { } g ? new { from = g.Start.ToString(), to = g.End.ToString() } : null,
                    partitions = s.Partitions, bytes = s.Bytes, problem = s.Problem,
                });
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(rows, Indented).AsMemory(), ct);
                return series.Any(s => s.Problem is not null) ? ExitCodes.BadInput : ExitCodes.Ok;
            }

            if (series.Count == 0)
            {
                await context.Output.WriteLineAsync($"The store is empty ({store.Options.Root}). Import bars with: sextant data import FILE --symbol S".AsMemory(), ct);
                return ExitCodes.Ok;
            }

            await context.Output.WriteAsync(TextTable.Render(["venue", "symbol", "interval", "tier", "first (UTC)", "last (UTC)", "rows", "gaps", "files", "size", "problem"],
                series.Select(s => (IReadOnlyList<string>)[s.Key.Venue.Value, s.Key.Symbol.Value, s.Key.Interval.ToString(), s.Tier.ToString().ToLowerInvariant(),
                    Utc(s.First), Utc(s.Last), Count(s.Rows), Count(s.Gaps), Count(s.Partitions), Size(s.Bytes), s.Problem ?? ""])).AsMemory(), ct);
            await context.Output.WriteLineAsync($"{series.Count} series, {Count(series.Sum(s => s.Rows))} bars, {Count(series.Sum(s => (long)s.Gaps))} gaps, {Size(series.Sum(s => s.Bytes))}".AsMemory(), ct);
            await context.Output.WriteLineAsync(GapsNote.AsMemory(), ct);
            return series.Any(s => s.Problem is not null) ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private const string GapsNote =
        "gaps: crypto (24/7) any missing bar; equity daily a missing NYSE trading day; equity intraday a missing bar inside the 09:30-16:00 New York session";

    private static string RuleName(Data.Gaps.GapRule rule) => rule switch
    {
        Data.Gaps.GapRule.TradingDays => "trading_days",
        Data.Gaps.GapRule.Session => "session",
        _ => "continuous",
    };

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes / 1024.0 / 1024.0:0.0} MiB",
    };
}
