using System.CommandLine;
using Sextant.Data.Store;

namespace Sextant.Cli.Commands;

internal static partial class DataCommands
{
    private static Command Archive(CliContext context)
    {
        var options = new DataOptions();
        var before = new Option<string>("--before") { Description = "Move partitions that end on or before this UTC date (e.g. 2024-01-01) to the archive tier.", Required = true };
        var command = options.AddTo(new Command("archive", "Move whole partitions older than a date to the archive tier (rewritten at the archive compression level). Reads see both tiers.") { before });
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(before)!;
            if (ParseDate(text) is not { } cutoff)
            {
                await context.Error.WriteLineAsync($"error: --before must be a date such as 2024-01-01, was '{text}'".AsMemory(), ct);
                return ExitCodes.BadInput;
            }

            var (config, root) = options.Load(context, parse);
            var store = LocalFileSource.FromConfig(config.Data, root);
            var moved = await store.ArchiveAsync(cutoff, ct);
            if (parse.GetValue(options.Json))
            {
                var rows = moved.Select(m => new { series = m.Key.ToString(), period = m.Period, rows = m.Rows, bytes_before = m.BytesBefore, bytes_after = m.BytesAfter });
                await context.Output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(rows, Indented).AsMemory(), ct);
                return ExitCodes.Ok;
            }

            if (moved.Count == 0)
            {
                await context.Output.WriteLineAsync($"Nothing to archive: no partition of {store.Options.Root} ends on or before {Utc(cutoff)} UTC.".AsMemory(), ct);
                return ExitCodes.Ok;
            }

            await context.Output.WriteAsync(TextTable.Render(["series", "period", "rows", "bytes before", "bytes after"],
                moved.Select(m => (IReadOnlyList<string>)[m.Key.ToString(), m.Period, Count(m.Rows), Count(m.BytesBefore), Count(m.BytesAfter)])).AsMemory(), ct);
            await context.Output.WriteLineAsync($"Archived {moved.Count} partition(s) to {store.Options.ArchiveRoot}: {Count(moved.Sum(m => m.BytesBefore))} -> {Count(moved.Sum(m => m.BytesAfter))} bytes.".AsMemory(), ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
