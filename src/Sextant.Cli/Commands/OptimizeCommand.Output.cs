using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Backtest.Reports;
using Sextant.Backtest.Sweeps;
using Sextant.Cli.Output;
using Spectre.Console;

namespace Sextant.Cli.Commands;

internal static partial class OptimizeCommand
{
    private static void RenderTable(IAnsiConsole console, ParameterGrid grid, IReadOnlyList<SweepRow> rows, string metric, int top)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Best {Math.Min(top, rows.Count)} of {rows.Count} by {metric}").AddColumn(new TableColumn("#").RightAligned());
        foreach (var (path, _) in grid.Axes)
        {
            table.AddColumn(new TableColumn(Markup.Escape(path[(path.LastIndexOf('.') + 1)..])).RightAligned());
        }

        foreach (var name in new[] { "total return", "Sharpe", "Sortino", "max drawdown", "round trips", "win rate", "fees" })
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        foreach (var (row, rank) in rows.Take(top).Select((r, i) => (r, i + 1)))
        {
            var cells = new List<string> { rank.ToString(Inv) };
            cells.AddRange(row.Parameters.Select(p => Markup.Escape(p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..])));
            if (row.Statistics is { } s && row.Trades is { } t)
            {
                cells.AddRange([Format.Percent(s.TotalReturn), Format.Ratio(s.Sharpe), Format.Ratio(s.Sortino), Format.Percent(s.MaxDrawdown),
                    t.RoundTrips.ToString(Inv), Format.Percent(t.WinRate), t.Fees.ToString("N2", Inv)]);
            }
            else
            {
                cells.AddRange([Markup.Escape(Shorten(row.Error ?? "failed")), "", "", "", "", "", ""]);
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
    }

    private static async Task<int> PrintWalkForwardAsync(CliContext context, bool quiet, string metric, IReadOnlyList<WalkForwardFold> folds, CancellationToken ct)
    {
        var compounded = folds.Aggregate(1.0, (acc, f) => acc * (1 + (f.OutOfSample.Statistics?.TotalReturn ?? 0))) - 1;
        var sharpes = folds.Select(f => f.OutOfSample.Statistics?.Sharpe ?? double.NaN).Where(double.IsFinite).ToList();
        if (quiet)
        {
            var json = new JsonObject
            {
                ["metric"] = metric,
                ["out_of_sample_total_return"] = compounded,
                ["out_of_sample_mean_sharpe"] = sharpes.Count > 0 ? sharpes.Average() : null,
                ["folds"] = new JsonArray([.. folds.Select(f => (JsonNode)new JsonObject
                {
                    ["fold"] = f.Number,
                    ["train"] = Range(f.Train),
                    ["test"] = Range(f.Test),
                    ["parameters"] = new JsonArray([.. f.Best.Parameters.Select(p => (JsonNode)JsonValue.Create(p))]),
                    ["train_score"] = Finite(f.Best.Score),
                    ["test_total_return"] = Finite(f.OutOfSample.Statistics?.TotalReturn),
                    ["test_sharpe"] = Finite(f.OutOfSample.Statistics?.Sharpe),
                    ["test_max_drawdown"] = Finite(f.OutOfSample.Statistics?.MaxDrawdown),
                    ["error"] = f.OutOfSample.Error,
                })]),
            };
            await context.Output.WriteLineAsync(json.ToJsonString().AsMemory(), ct);
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"Walk-forward by {metric}: out-of-sample results only")
            .AddColumn("fold").AddColumn("train").AddColumn("test").AddColumn("best parameters")
            .AddColumn(new TableColumn($"train {metric}").RightAligned()).AddColumn(new TableColumn("test return").RightAligned())
            .AddColumn(new TableColumn("test Sharpe").RightAligned()).AddColumn(new TableColumn("test max DD").RightAligned());
        foreach (var f in folds)
        {
            var s = f.OutOfSample.Statistics;
            table.AddRow(f.Number.ToString(Inv), Range(f.Train), Range(f.Test), Markup.Escape(string.Join(" ", f.Best.Parameters)),
                Format.Ratio(f.Best.Score), s is null ? Markup.Escape(Shorten(f.OutOfSample.Error ?? "")) : Format.Percent(s.TotalReturn),
                s is null ? "" : Format.Ratio(s.Sharpe), s is null ? "" : Format.Percent(s.MaxDrawdown));
        }

        var console = Terminal.For(context.Output);
        console.Write(table);
        console.WriteLine($"Out of sample over {folds.Count} folds: compounded return {Format.Percent(compounded)}, mean Sharpe {(sharpes.Count > 0 ? Format.Ratio(sharpes.Average()) : "n/a")}.");
        return ExitCodes.Ok;
    }

    private static JsonObject ToJson(IReadOnlyList<SweepRow> rows, string metric, string csv, TimeSpan elapsed) => new()
    {
        ["metric"] = metric,
        ["combinations"] = rows.Count,
        ["seconds"] = elapsed.TotalSeconds,
        ["csv"] = csv,
        ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
        {
            ["parameters"] = new JsonArray([.. r.Parameters.Select(p => (JsonNode)JsonValue.Create(p))]),
            ["score"] = Finite(r.Score),
            ["total_return"] = Finite(r.Statistics?.TotalReturn),
            ["sharpe"] = Finite(r.Statistics?.Sharpe),
            ["max_drawdown"] = Finite(r.Statistics?.MaxDrawdown),
            ["round_trips"] = r.Trades?.RoundTrips,
            ["error"] = r.Error,
        })]),
    };

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static string Range(Core.Bars.TimeRange range) =>
        string.Create(Inv, $"{range.Start.ToDateTimeOffset():yyyy-MM-dd HH:mm}→{range.End.ToDateTimeOffset():yyyy-MM-dd HH:mm}");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
