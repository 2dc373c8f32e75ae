using System.CommandLine;
using System.Globalization;
using Sextant.Backtest.Engine;
using Sextant.Cli.Hosting;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Routing;
using Sextant.Research.Cointegration;
using Sextant.Strategies.Frames;

namespace Sextant.Cli.Commands;

/// <summary><c>sextant research coint Y X</c> and <c>sextant research pairs</c>: Engle–Granger tests on stored bars.</summary>
internal static partial class ResearchCommands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Build(CliContext context)
    {
        var research = new Command("research", "Cointegration research on stored bars (numbers equal to statsmodels 0.13.5 coint).");
        research.Subcommands.Add(Coint(context));
        research.Subcommands.Add(Pairs(context));
        return research;
    }

    /// <summary>Options every research verb takes.</summary>
    private sealed class Shared
    {
        public Option<string?> Config { get; } = new("--config") { Description = $"Config file for the data section (default: {ProjectLayout.DefaultConfig}).", HelpName = "file" };

        public Option<string[]> Set { get; } = CommonOptions.Set();

        public Option<string> Venue { get; } = new("--venue") { Description = "Where the bars traded, as stored (binance, binanceus, lean…).", DefaultValueFactory = _ => "binance" };

        public Option<string> Interval { get; } = new("--interval") { Description = "Bar interval: 1m, 5m, 1h, 1d…", DefaultValueFactory = _ => "1m" };

        public Option<string?> From { get; } = new("--from") { Description = "First day (UTC).", HelpName = "date" };

        public Option<string?> To { get; } = new("--to") { Description = "Day the sample ends before (UTC, exclusive).", HelpName = "date" };

        public Option<string> Prices { get; } = new("--prices") { Description = "log (default) or level prices.", DefaultValueFactory = _ => "log" };

        public Option<bool> Json { get; } = CommonOptions.Json();

        public void AddTo(Command command)
        {
            Prices.AcceptOnlyFromAmong("log", "level");
            foreach (var option in new Option[] { Config, Set, Venue, Interval, From, To, Prices, Json })
            {
                command.Options.Add(option);
            }
        }

        public (DataManager Data, TimeRange Range, BarInterval Interval, VenueId Venue, bool Log) Resolve(CliContext context, ParseResult parse)
        {
            var loaded = CommonOptions.Load(context, parse.GetValue(Config), parse.GetValue(Set) ?? [], checkSecrets: false);
            var data = DataManager.Create(loaded.Config, ProjectLayout.FindRoot(context.WorkingDirectory) ?? context.WorkingDirectory);
            if (!BarInterval.TryParse(parse.GetValue(Interval), out var interval, out var error))
            {
                throw new BacktestException("--interval: " + error);
            }

            if (!VenueId.TryParse(parse.GetValue(Venue), out var venue, out var venueError))
            {
                throw new BacktestException("--venue: " + venueError);
            }

            var from = BacktestCommand.ParseDate(parse.GetValue(From), "--from");
            var to = BacktestCommand.ParseDate(parse.GetValue(To), "--to");
            var range = new TimeRange(
                from is { } f ? UnixNanos.FromDateTimeOffset(f) : TimeRange.All.Start,
                to is { } t ? UnixNanos.FromDateTimeOffset(t) : TimeRange.All.End);
            return (data, range, interval, venue, parse.GetValue(Prices) == "log");
        }
    }

    /// <summary>Closes of two series on the timestamps both have (as the pairs strategy sees them), transformed.</summary>
    private static async Task<(double[] Y, double[] X, UnixNanos First, UnixNanos Last)> AlignedAsync(
        DataManager data, SeriesKey y, SeriesKey x, TimeRange range, bool log, CancellationToken ct)
    {
        var ys = await data.GetBarsAsync(y, range, ct);
        var xs = await data.GetBarsAsync(x, range, ct);
        foreach (var (key, series) in new[] { (y, ys), (x, xs) })
        {
            if (series.Count == 0)
            {
                throw new BacktestException($"no bars for {key}; import them with `sextant data import` or check --venue/--interval (see `sextant data list`)");
            }
        }

        var frame = BarFrame.Align([ys, xs]);
        var cy = frame.Close(0);
        var cx = frame.Close(1);
        var yOut = new List<double>(frame.Count);
        var xOut = new List<double>(frame.Count);
        UnixNanos first = default, last = default;
        for (var i = 0; i < frame.Count; i++)
        {
            if (double.IsNaN(cy[i]) || double.IsNaN(cx[i]))
            {
                continue;
            }

            first = yOut.Count == 0 ? frame.Times[i] : first;
            last = frame.Times[i];
            yOut.Add(log ? Math.Log(cy[i]) : cy[i]);
            xOut.Add(log ? Math.Log(cx[i]) : cx[i]);
        }

        return ([.. yOut], [.. xOut], first, last);
    }

    private static string F(double value, string format = "0.######") => double.IsFinite(value) ? value.ToString(format, Inv) : value > 0 ? "∞" : "n/a";

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static EngleGrangerResult Test(double[] y, double[] x) =>
        y.Length < 20
            ? throw new BacktestException($"only {y.Length} common bars; Engle–Granger needs at least 20 (widen --from/--to)")
            : EngleGranger.Test(y, x);
}
