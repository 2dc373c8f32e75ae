using System.CommandLine;
using System.Text.Json.Nodes;
using Sextant.Backtest.Engine;
using Sextant.Cli.Output;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Research.MultipleTesting;
using Spectre.Console;
using Symbol = Sextant.Core.Instruments.Symbol;

namespace Sextant.Cli.Commands;

internal static partial class ResearchCommands
{
    private sealed record PairRow(Symbol Y, Symbol X, int Bars, double Statistic, double PValue, double HedgeRatio, double HalfLife)
    {
        public double QValue { get; set; } = double.NaN;
    }

    private static Command Pairs(CliContext context)
    {
        var symbols = new Option<string[]>("--symbols")
        {
            Description = "Symbols to pair up (space or comma separated); each unordered pair is tested once, y = the one listed first.",
            AllowMultipleArgumentsPerToken = true,
        };
        var all = new Option<bool>("--all") { Description = "Every stored symbol of --venue and --interval (y = the alphabetically first)." };
        var top = new Option<int>("--top") { Description = "Rows in the table (JSON has all).", DefaultValueFactory = _ => 20 };
        var shared = new Shared();
        var command = new Command("pairs", "Test every pair of a universe for cointegration and rank them, with Benjamini–Hochberg q-values for the many tests.")
        {
            symbols, all, top,
        };
        shared.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (data, range, interval, venue, log) = shared.Resolve(context, parse);
            var quiet = parse.GetValue(shared.Json);
            var universe = (parse.GetValue(symbols) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(ParseSymbol).Distinct().ToList();
            if (parse.GetValue(all))
            {
                await data.LoadSamplesAsync(ct);
                var stored = await data.Store.ListAsync(ct);
                universe = [.. stored.Where(s => s.Key.Venue == venue && s.Key.Interval == interval).Select(s => s.Key.Symbol).Distinct().OrderBy(s => s.Value, StringComparer.Ordinal)];
            }

            if (universe.Count < 2)
            {
                throw new BacktestException(parse.GetValue(all)
                    ? $"fewer than two stored series for {venue} {interval}; see `sextant data list`"
                    : "give --symbols with at least two symbols, or --all");
            }

            var pairs = new List<(Symbol Y, Symbol X)>();
            for (var i = 0; i < universe.Count; i++)
            {
                for (var j = i + 1; j < universe.Count; j++)
                {
                    pairs.Add((universe[i], universe[j]));
                }
            }

            Say(context, quiet, $"Testing {pairs.Count} pairs of {universe.Count} symbols ({venue}, {interval}, {(log ? "log" : "level")} prices)…");
            var rows = new List<PairRow>();
            var step = Math.Max(1, pairs.Count / 10);
            foreach (var (y, x) in pairs)
            {
                var (ys, xs, _, _) = await AlignedAsync(data, new SeriesKey(venue, y, interval), new SeriesKey(venue, x, interval), range, log, ct);
                if (ys.Length >= 20)
                {
                    var r = Research.Cointegration.EngleGranger.Test(ys, xs);
                    rows.Add(new PairRow(y, x, ys.Length, r.Statistic, r.PValue, r.HedgeRatio, r.HalfLife));
                }

                if ((rows.Count % step) == 0)
                {
                    Say(context, quiet, $"  {rows.Count}/{pairs.Count}");
                }
            }

            var q = BenjaminiHochberg.Adjust([.. rows.Select(r => r.PValue)]);
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].QValue = q[i];
            }

            rows = [.. rows.OrderBy(r => r.PValue).ThenBy(r => r.Y.Value, StringComparer.Ordinal)];
            if (quiet)
            {
                var json = new JsonArray([.. rows.Select((r, i) => (JsonNode)new JsonObject
                {
                    ["rank"] = i + 1,
                    ["y"] = r.Y.Value,
                    ["x"] = r.X.Value,
                    ["bars"] = r.Bars,
                    ["statistic"] = Finite(r.Statistic),
                    ["pvalue"] = Finite(r.PValue),
                    ["qvalue"] = Finite(r.QValue),
                    ["hedge_ratio"] = Finite(r.HedgeRatio),
                    ["half_life_bars"] = Finite(r.HalfLife),
                })]);
                await context.Output.WriteLineAsync(json.ToJsonString().AsMemory(), ct);
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"Cointegration ranking: {rows.Count} pairs ({venue}, {interval})")
                .AddColumn(new TableColumn("#").RightAligned()).AddColumn("y").AddColumn("x").AddColumn(new TableColumn("bars").RightAligned())
                .AddColumn(new TableColumn("EG stat").RightAligned()).AddColumn(new TableColumn("p-value").RightAligned())
                .AddColumn(new TableColumn("BH q-value").RightAligned()).AddColumn(new TableColumn("β").RightAligned()).AddColumn(new TableColumn("half-life").RightAligned());
            foreach (var (r, i) in rows.Take(parse.GetValue(top)).Select((r, i) => (r, i)))
            {
                table.AddRow((i + 1).ToString(Inv), r.Y.Value, r.X.Value, r.Bars.ToString("N0", Inv), F(r.Statistic, "0.000"), F(r.PValue, "0.0000"),
                    F(r.QValue, "0.0000"), F(r.HedgeRatio, "0.000"), F(r.HalfLife, "0.0"));
            }

            var console = Terminal.For(context.Output);
            console.Write(table);
            console.WriteLine($"{rows.Count(r => r.QValue < 0.05)} of {rows.Count} pairs cointegrated at a 5% false discovery rate (Benjamini–Hochberg).");
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
}
