using System.CommandLine;
using System.Text.Json.Nodes;
using Sextant.Cli.Hosting;
using Sextant.Cli.Output;
using Sextant.Engine.Journal;
using Spectre.Console;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant journal show [--file F] [--tail N] [--json]</c>: the engine's journal, for a person.</summary>
internal static class JournalCommand
{
    public static Command Build(CliContext context)
    {
        var journal = new Command("journal", "Inspect the durable journal of signals, orders, acknowledgements, fills and cancels.");
        var config = new Option<string?>("--config") { Description = $"Config whose engine.journal folder is read (default: {ProjectLayout.DefaultConfig}).", HelpName = "file" };
        var set = CommonOptions.Set();
        var file = new Option<string?>("--file") { Description = "A journal file (default: <engine.journal>/paper.jsonl, or live.jsonl with --mode live).", HelpName = "file" };
        var mode = new Option<string>("--mode") { Description = "Whose journal: paper (default) or live.", DefaultValueFactory = _ => "paper" };
        mode.AcceptOnlyFromAmong("paper", "live");
        var tail = new Option<int>("--tail") { Description = "Only the last N entries (0 = all).", DefaultValueFactory = _ => 50 };
        var json = CommonOptions.Json();
        var show = new Command("show", "Print the journal: one row per entry, oldest first.") { config, set, file, mode, tail, json };
        show.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file) is { } f
                ? Path.GetFullPath(f, context.WorkingDirectory)
                : Path.Combine(Path.GetFullPath(CommonOptions.Load(context, parse.GetValue(config), parse.GetValue(set) ?? [], checkSecrets: false).Config.Engine.Journal,
                    ProjectLayout.FindRoot(context.WorkingDirectory) ?? context.WorkingDirectory), parse.GetValue(mode) + ".jsonl");
            if (!File.Exists(path))
            {
                throw new Backtest.Engine.BacktestException($"no journal at {path}; run `sextant run` first or give --file");
            }

            var entries = OrderJournal.Read(path);
            var shown = parse.GetValue(tail) is > 0 and var n ? entries.Skip(Math.Max(0, entries.Count - n)).ToList() : [.. entries];
            if (parse.GetValue(json))
            {
                foreach (var e in shown)
                {
                    var line = new JsonObject { ["seq"] = e.Sequence, ["time"] = e.Time.ToString(), ["type"] = e.Type.ToString(), ["broker"] = e.Broker, ["order_id"] = e.OrderId, ["data"] = e.Data.DeepClone() };
                    await context.Output.WriteLineAsync(line.ToJsonString().AsMemory(), ct);
                }

                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"{Markup.Escape(path)}: {entries.Count} entries, last {shown.Count}")
                .AddColumn(new TableColumn("#").RightAligned()).AddColumn("market time (UTC)").AddColumn("type").AddColumn("broker").AddColumn("order").AddColumn("what");
            foreach (var e in shown)
            {
                table.AddRow(e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Time.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    e.Type.ToString(), Markup.Escape(e.Broker ?? ""), Markup.Escape(e.OrderId ?? ""), Markup.Escape(Describe(e.Data)));
            }

            Terminal.For(context.Output).Write(table);
            return ExitCodes.Ok;
        });
        journal.Subcommands.Add(show);
        return journal;
    }

    private static string Describe(JsonObject data)
    {
        string? S(string key) => data[key]?.ToString() is { } text
            && decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? decimal.Round(number, 8).ToString("0.########", System.Globalization.CultureInfo.InvariantCulture)
            : data[key]?.ToString();
        return S("event") is { } ev ? $"{ev} {S("broker") ?? S("strategy")} {S("reason") ?? S("summary") ?? S("brokers") ?? ""}".Replace("  ", " ", StringComparison.Ordinal).Trim()
            : S("trade_id") is not null ? $"{S("side")} {S("quantity")} {S("symbol")} @ {S("price")} fee {S("fee")} {S("fee_asset")}"
            : S("action") is not null ? $"{S("strategy")} {S("action")} {S("symbol")} target {S("target_quantity") ?? S("target_notional") ?? "-"} ({data["metadata"]?["reason"]})"
            : $"{S("status")} {S("side")} {S("quantity")} {S("symbol")} {S("type")} {S("limit_price")} {S("message")}".Replace("  ", " ", StringComparison.Ordinal).Trim();
    }
}
