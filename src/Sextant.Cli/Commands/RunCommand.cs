using System.CommandLine;
using System.Globalization;
using Sextant.Backtest.Engine;
using Sextant.Cli.Hosting;
using Sextant.Cli.Observability;
using Sextant.Cli.Output;
using Sextant.Config.Schema;
using Sextant.Engine.Paper;
using Spectre.Console;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant run [CONFIG] [--mode paper|live] [--live] [--for DURATION]</c>.</summary>
internal static class RunCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Build(CliContext context)
    {
        var file = new Argument<string?>("config") { Description = $"Config file (default: {ProjectLayout.DefaultConfig}).", Arity = ArgumentArity.ZeroOrOne };
        var set = CommonOptions.Set();
        var mode = new Option<string>("--mode") { Description = "paper (simulated fills on live bars, the default) or live.", DefaultValueFactory = _ => "paper" };
        mode.AcceptOnlyFromAmong("paper", "live");
        var live = new Option<bool>("--live") { Description = "Confirm live trading with real money (also needs engine.mode: live)." };
        var duration = new Option<string?>("--for") { Description = "Stop after this long (e.g. 30s, 10m, 2h); default: until Ctrl-C.", HelpName = "duration" };
        var command = new Command("run", "Run the strategies on live market data: paper fills through the simulated venue, journaled; with dashboard.enabled the dashboard and /metrics serve the run on 127.0.0.1; alerts: rules fire from it. Ctrl-C stops cleanly and prints a summary.")
        {
            file, set, mode, live, duration,
        };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = CommonOptions.Load(context, parse.GetValue(file), parse.GetValue(set) ?? [], checkSecrets: false);
            if (parse.GetValue(mode) == "live")
            {
                throw new BacktestException(!parse.GetValue(live) || loaded.Config.Engine.Mode != EngineMode.Live
                    ? "live trading needs both --live and engine.mode: live in the config; without them nothing is sent to a real broker"
                    : "live trading through the engine is not available in this build yet; use --mode paper (the broker adapters work: see `sextant broker`)");
            }

            var root = ProjectLayout.FindRoot(context.WorkingDirectory) ?? context.WorkingDirectory;
            var forDuration = ParseDuration(parse.GetValue(duration));
            // Disposed in reverse: the dashboard stops before the engine, the alerts drain and the logs flush after it.
            await using var observability = RunObservability.Create(context, loaded.Config, root);
            await using var engine = PaperEngine.Create(loaded.Config, root, context.Environment, context.Error, observability.Loggers);
            await using var attached = await observability.AttachAsync(engine, Path.GetFileNameWithoutExtension(loaded.Files[^1]), ct);
            var summary = await engine.RunAsync(forDuration, ct);
            if (loaded.Config.Engine.PrintSummary)
            {
                Render(Terminal.For(context.Output), summary);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static TimeSpan? ParseDuration(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var unit = text.Length > 0 ? text[^1] : ' ';
        if (double.TryParse(text[..^1], NumberStyles.Float, Inv, out var value) && value > 0)
        {
            switch (unit)
            {
                case 's': return TimeSpan.FromSeconds(value);
                case 'm': return TimeSpan.FromMinutes(value);
                case 'h': return TimeSpan.FromHours(value);
            }
        }

        throw new BacktestException($"--for '{text}': expected a duration such as 30s, 10m or 2h");
    }

    private static void Render(IAnsiConsole console, EngineSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Paper run: {summary.Bars:N0} bars, {summary.Signals:N0} signals in {summary.Elapsed.TotalSeconds:N0}s")
            .AddColumn("broker").AddColumn(new TableColumn("equity").RightAligned()).AddColumn(new TableColumn("cash").RightAligned())
            .AddColumn(new TableColumn("realized").RightAligned()).AddColumn(new TableColumn("unrealized").RightAligned())
            .AddColumn(new TableColumn("fees").RightAligned()).AddColumn(new TableColumn("orders").RightAligned())
            .AddColumn(new TableColumn("fills").RightAligned()).AddColumn(new TableColumn("open").RightAligned());
        foreach (var b in summary.Brokers.Append(summary.Total))
        {
            table.AddRow(Markup.Escape($"{b.Broker} ({b.QuoteAsset})"), M(b.Equity), M(b.Cash), M(b.RealizedPnl), M(b.UnrealizedPnl), M(b.Fees),
                b.Orders.ToString(Inv), b.Fills.ToString(Inv), b.OpenOrders.ToString(Inv));
        }

        console.Write(table);
    }

    private static string M(decimal value) => value.ToString("N2", Inv);
}
