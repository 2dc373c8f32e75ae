using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Routing;
using Sextant.Data.Sources;

namespace Sextant.Cli.Commands;

internal static partial class DataCommands
{
    private static Command Events(CliContext context)
    {
        var options = new DataOptions();
        var symbol = new Argument<string>("symbol") { Description = "The symbol, e.g. AAPL." };
        var from = new Option<string?>("--from") { Description = "First UTC date to list (default: the beginning)." };
        var to = new Option<string?>("--to") { Description = "UTC date to list up to, exclusive (default: the end)." };
        var command = options.AddTo(new Command("events", "List a symbol's splits, dividends and ticker changes (derived from the Lean factor and map files in the store or the bundled samples), oldest first.")
        {
            symbol, from, to,
        });
        command.SetAction(async (parse, ct) =>
        {
            UnixNanos? start = null, end = null;
            foreach (var (name, text) in new[] { ("--from", parse.GetValue(from)), ("--to", parse.GetValue(to)) })
            {
                if (text is null)
                {
                    continue;
                }

                if (ParseDate(text) is not { } at)
                {
                    await context.Error.WriteLineAsync($"error: {name} must be a date such as 2014-06-01, was '{text}'".AsMemory(), ct);
                    return ExitCodes.BadInput;
                }

                if (name == "--from")
                {
                    start = at;
                }
                else
                {
                    end = at;
                }
            }

            if (start is { } s && end is { } e && e < s)
            {
                await context.Error.WriteLineAsync("error: --to must not be before --from".AsMemory(), ct);
                return ExitCodes.BadInput;
            }

            var (config, root) = options.Load(context, parse);
            var range = new TimeRange(start ?? TimeRange.All.Start, end ?? TimeRange.All.End);
            var sym = new Core.Instruments.Symbol(parse.GetValue(symbol)!);
            var events = await DataManager.Create(config, root).GetEventsAsync(sym, range, ct);
            if (parse.GetValue(options.Json))
            {
                var rows = events.Select(ev => new { symbol = ev.Symbol.Value, time = ev.Time.ToString(), kind = ev.Kind.ToString().ToLowerInvariant(), value = ev.Value, text = ev.Text });
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(rows, Indented).AsMemory(), ct);
                return ExitCodes.Ok;
            }

            if (events.Count == 0)
            {
                await context.Output.WriteLineAsync($"No events for {sym} in the store or the bundled samples (they come from Lean factor and map files).".AsMemory(), ct);
                return ExitCodes.Ok;
            }

            await context.Output.WriteAsync(TextTable.Render(["date (UTC)", "event", "value", "detail"],
                events.Select(ev => (IReadOnlyList<string>)[Utc(ev.Time), ev.Kind.ToString().ToLowerInvariant(), Value(ev), ev.Text ?? ""])).AsMemory(), ct);
            await context.Output.WriteLineAsync($"{events.Count} event(s) of {sym}: splits are the share factor (7 = 7-for-1), dividends the cash amount per share.".AsMemory(), ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Value(MarketEvent ev) => ev.Value is { } v ? v.ToString("0.############", CultureInfo.InvariantCulture) : "";
}
