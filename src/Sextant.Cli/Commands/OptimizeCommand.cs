using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Backtest.Engine;
using Sextant.Backtest.Reports;
using Sextant.Backtest.Sweeps;
using Sextant.Cli.Hosting;
using Sextant.Cli.Output;
using Sextant.Config.Schema;
using Spectre.Console;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant optimize [CONFIG] --grid key=a,b,c ... [--metric sharpe] [--walk-forward TRAIN:TEST]</c>.</summary>
internal static partial class OptimizeCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Build(CliContext context)
    {
        var file = new Argument<string?>("config") { Description = $"Config file (default: {ProjectLayout.DefaultConfig}).", Arity = ArgumentArity.ZeroOrOne };
        var set = CommonOptions.Set();
        var grid = new Option<string[]>("--grid")
        {
            Description = "A parameter axis: path=a,b,c or path=start:stop:step (inclusive). Repeat for more axes; every combination runs.",
            HelpName = "path=values",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
        };
        var metric = new Option<string>("--metric") { Description = $"Rank by: {string.Join(", ", SweepMetric.Names)} (max_drawdown ranks the smallest first).", DefaultValueFactory = _ => "sharpe" };
        metric.AcceptOnlyFromAmong([.. SweepMetric.Names]);
        var walk = new Option<string?>("--walk-forward") { Description = "Walk-forward windows TRAIN:TEST in days (e.g. 14:7, or 14d:7d, 36h:12h): optimise on each training window, report the best on the following test window.", HelpName = "train:test" };
        var jobs = new Option<int>("--jobs") { Description = "Backtests run at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var top = new Option<int>("--top") { Description = "Rows shown in the table (the CSV has all).", DefaultValueFactory = _ => 10 };
        var output = new Option<string>("--out") { Description = "CSV file with every combination, ranked.", DefaultValueFactory = _ => "optimize.csv", HelpName = "file" };
        var from = new Option<string?>("--from") { Description = "First day of the history swept (UTC); overrides backtesting.start.", HelpName = "date" };
        var to = new Option<string?>("--to") { Description = "Day the history ends before (UTC, exclusive); overrides backtesting.end.", HelpName = "date" };
        var json = CommonOptions.Json();
        var command = new Command("optimize", "Sweep a parameter grid over one data load on all cores; rank by a metric; optionally walk forward.")
        {
            file, set, grid, metric, walk, from, to, jobs, top, output, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var baseSets = parse.GetValue(set) ?? [];
            var configFile = parse.GetValue(file);
            var loaded = CommonOptions.Load(context, configFile, baseSets, checkSecrets: false);
            ParameterGrid parameters;
            try
            {
                parameters = ParameterGrid.Parse(parse.GetValue(grid) ?? []);
            }
            catch (FormatException ex)
            {
                throw new BacktestException(ex.Message, ex);
            }

            var windows = parse.GetValue(walk) is { } w ? ParseWindows(w) : ((TimeSpan, TimeSpan)?)null;
            var quiet = parse.GetValue(json);
            var plan = BacktestPlan.FromConfig(loaded.Config, Path.GetFileNameWithoutExtension(loaded.Files[^1]),
                BacktestCommand.ParseDate(parse.GetValue(from), "--from"), BacktestCommand.ParseDate(parse.GetValue(to), "--to"));
            Say(context, quiet, $"Loading {plan.Series.Count} series once for {parameters.Count:N0} combinations…");
            var data = await BacktestData.LoadAsync(plan, DataAccess.Open(context, loaded), ct);
            SextantConfig Configure(IReadOnlyList<string> combination) =>
                CommonOptions.Load(context, configFile, [.. baseSets, .. combination], checkSecrets: false).Config;

            var combinations = parameters.Combinations().ToList();
            var degree = Math.Max(1, parse.GetValue(jobs));
            var metricName = parse.GetValue(metric)!;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (windows is { } folds)
            {
                var history = WalkForward.HistoryOf(data, plan.Series);
                var results = WalkForward.Run(combinations, Configure, data, metricName, history, folds.Item1, folds.Item2, degree,
                    new SynchronousProgress(n => Say(context, quiet, $"  fold {n} done")), ct);
                return await PrintWalkForwardAsync(context, quiet, metricName, results, ct);
            }

            var step = Math.Max(1, combinations.Count / 10);
            var rows = Sweep.Run(combinations, Configure, data, metricName, plan.Range, degree,
                new SynchronousProgress(n => { if (n % step == 0 || n == combinations.Count) { Say(context, quiet, $"  {n:N0}/{combinations.Count:N0} combinations"); } }), ct);
            var elapsed = watch.Elapsed;
            var csvPath = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            AtomicFile.WriteText(csvPath, SweepCsv.Render(parameters, rows));
            if (quiet)
            {
                await context.Output.WriteLineAsync(ToJson(rows, metricName, csvPath, elapsed).ToJsonString().AsMemory(), ct);
                return ExitCodes.Ok;
            }

            RenderTable(Terminal.For(context.Output), parameters, rows, metricName, parse.GetValue(top));
            await context.Output.WriteLineAsync(
                $"{combinations.Count:N0} combinations in {elapsed.TotalSeconds:N2}s ({combinations.Count / Math.Max(elapsed.TotalSeconds, 1e-9):N1}/s on {degree} worker(s)); all rows in {csvPath}".AsMemory(), ct);
            var failed = rows.Count(r => r.Error is not null);
            if (failed > 0)
            {
                await context.Output.WriteLineAsync($"{failed} combination(s) could not run; see the error column, e.g.: {rows.First(r => r.Error is not null).Error}".AsMemory(), ct);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Say(CliContext context, bool quiet, string line)
    {
        if (!quiet)
        {
            context.Error.WriteLine(line);
        }
    }

    private static (TimeSpan Train, TimeSpan Test) ParseWindows(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2 && Duration(parts[0]) is { } train && Duration(parts[1]) is { } test
            ? (train, test)
            : throw new BacktestException($"--walk-forward '{text}': expected TRAIN:TEST such as 14:7 (days), 14d:7d or 36h:12h");
    }

    private static TimeSpan? Duration(string text)
    {
        text = text.Trim();
        var unit = text.Length > 0 && char.IsLetter(text[^1]) ? text[^1] : 'd';
        var number = char.IsLetter(text[^1]) ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.Float, Inv, out var value) || !(value > 0))
        {
            return null;
        }

        return unit switch
        {
            'd' => TimeSpan.FromDays(value),
            'h' => TimeSpan.FromHours(value),
            'w' => TimeSpan.FromDays(7 * value),
            _ => null,
        };
    }

    /// <summary>Reports on the worker thread that made progress (Progress&lt;T&gt; would post to a thread pool and reorder lines).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        private readonly Lock _gate = new();

        public void Report(int value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
