using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sextant.Backtest.Engine;
using Sextant.Backtest.Reports;
using Sextant.Backtest.Results;
using Sextant.Cli.Hosting;
using Sextant.Cli.Output;
using Spectre.Console;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant backtest [CONFIG] [--set ...] [--from D --to D] [--report DIR] [--json]</c>.</summary>
internal static class BacktestCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Build(CliContext context)
    {
        var file = new Argument<string?>("config") { Description = $"Config file (default: {ProjectLayout.DefaultConfig}, the BTCUSDT/ETHUSDT 1-minute pair on bundled real data).", Arity = ArgumentArity.ZeroOrOne };
        var set = CommonOptions.Set();
        var from = new Option<string?>("--from") { Description = "First day replayed (UTC), e.g. 2023-04-01; overrides backtesting.start.", HelpName = "date" };
        var to = new Option<string?>("--to") { Description = "Day the replay stops before (UTC, exclusive); overrides backtesting.end.", HelpName = "date" };
        var report = new Option<string?>("--report") { Description = "Write summary.json, equity.csv, positions.csv, fills.csv, round_trips.csv, report.html and equity.png into this directory.", HelpName = "dir" };
        var json = CommonOptions.Json();
        var command = new Command("backtest", "Replay stored bars through the strategies, the order path and the simulated venue; print statistics.")
        {
            file, set, from, to, report, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var loaded = CommonOptions.Load(context, parse.GetValue(file), parse.GetValue(set) ?? [], checkSecrets: false);
            var plan = BacktestPlan.FromConfig(loaded.Config, Path.GetFileNameWithoutExtension(loaded.Files[^1]),
                ParseDate(parse.GetValue(from), "--from"), ParseDate(parse.GetValue(to), "--to"));
            var quiet = parse.GetValue(json);
            var progress = new ProgressLines(context.Error, quiet);

            progress.Say($"Loading {plan.Series.Count} series ({string.Join(", ", plan.Series)})…");
            var source = DataAccess.Open(context, loaded);
            var data = await BacktestData.LoadAsync(plan, source, ct);
            progress.Say($"Loaded {data.Bars:N0} bars in {data.LoadTime.TotalSeconds:N2}s; replaying…");
            var outcome = Backtester.Run(plan, data, progress: progress, cancellationToken: ct);
            var result = outcome.Result;

            string? reportDir = null;
            if (parse.GetValue(report) is { } dir)
            {
                reportDir = Path.GetFullPath(dir, context.WorkingDirectory);
                ReportWriter.Write(result, reportDir, outcome.MetadataOf);
            }

            if (quiet)
            {
                await context.Output.WriteLineAsync(SummaryJson.Build(result).ToJsonString(Indented).AsMemory(), ct);
                return ExitCodes.Ok;
            }

            var console = Terminal.For(context.Output);
            BacktestTable.Render(console, result);
            foreach (var note in result.Notes)
            {
                console.WriteLine("note: " + note);
            }

            if (reportDir is not null)
            {
                console.WriteLine($"Report: {Path.Combine(reportDir, "report.html")} ({string.Join(", ", ReportWriter.Files)})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static DateTimeOffset? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : throw new BacktestException($"{option}: '{text}' is not a date; use YYYY-MM-DD or an ISO 8601 time such as 2023-04-01T12:00:00Z");
    }

    /// <summary>Progress as plain lines on standard error (readable in CI logs and pipes; silent with --json).</summary>
    private sealed class ProgressLines(TextWriter error, bool quiet) : IProgress<double>
    {
        private int _lastDecile = -1;

        public void Say(string line)
        {
            if (!quiet)
            {
                error.WriteLine(line);
            }
        }

        public void Report(double value)
        {
            var decile = (int)(value * 10);
            if (decile > _lastDecile && decile is > 0 and < 10)
            {
                _lastDecile = decile;
                Say($"  {decile * 10}%");
            }
        }
    }
}
