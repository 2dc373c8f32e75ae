using System.CommandLine;
using System.Text.Json;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Csv;
using Sextant.Data.Samples;
using Sextant.Data.Store;

namespace Sextant.Cli.Commands;

internal static partial class DataCommands
{
    private const int ShownErrors = 20;

    private static Command Import(CliContext context)
    {
        var options = new DataOptions();
        var file = new Argument<string>("file") { Description = "CSV file (plain or gzip): generic OHLCV with a header, Binance kline CSV, or headerless time,open,high,low,close[,volume]." };
        var symbol = new Option<string?>("--symbol") { Description = "Symbol, e.g. BTCUSDT (default: from a file named <venue>_<SYMBOL>_<interval>.csv[.gz])." };
        var venue = new Option<string?>("--venue") { Description = "Venue the bars come from, e.g. binance (default: from the file name, else 'csv')." };
        var interval = new Option<string?>("--interval") { Description = "Bar length such as 1m, 1h, 1d (default: from the file name, else the most common step between bars)." };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first malformed row (exit 2) instead of skipping it." };
        var zone = new Option<string?>("--time-zone") { Description = "IANA zone of ISO timestamps without an offset (default: data.time_zone, UTC)." };
        var command = options.AddTo(new Command("import", "Import a CSV file into the Parquet store, merging with what is stored. Malformed rows are reported by line number.")
        {
            file, symbol, venue, interval, strict, zone,
        });
        command.SetAction(async (parse, ct) =>
        {
            var (config, root) = options.Load(context, parse);
            var path = Path.GetFullPath(parse.GetValue(file)!, context.WorkingDirectory);
            if (!File.Exists(path))
            {
                return await BadInputAsync(context, $"no such file: {path}", ct);
            }

            var named = SampleFile.TryParse(path, out var sample) ? sample : null;
            var symbolText = parse.GetValue(symbol) ?? named?.Key.Symbol.Value;
            var venueText = parse.GetValue(venue) ?? named?.Key.Venue.Value ?? "csv";
            var intervalText = parse.GetValue(interval) ?? named?.Key.Interval.ToString();
            var zoneId = parse.GetValue(zone) ?? config.Data.TimeZone;
            if (symbolText is null)
            {
                return await BadInputAsync(context, "give --symbol (the file name does not follow <venue>_<SYMBOL>_<interval>.csv)", ct);
            }

            if (!Core.Instruments.Symbol.TryParse(symbolText, out var sym, out var error))
            {
                return await BadInputAsync(context, "--symbol: " + error, ct);
            }

            if (!VenueId.TryParse(venueText, out var ven, out error))
            {
                return await BadInputAsync(context, "--venue: " + error, ct);
            }

            BarInterval? given = null;
            if (intervalText is not null)
            {
                if (!BarInterval.TryParse(intervalText, out var parsed, out error))
                {
                    return await BadInputAsync(context, "--interval: " + error, ct);
                }

                given = parsed;
            }

            TimeZoneInfo tz;
            try
            {
                tz = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                return await BadInputAsync(context, $"unknown time zone '{zoneId}'; use an IANA name such as UTC or America/New_York", ct);
            }

            var importer = new CsvImporter(new CsvImportOptions { Strict = parse.GetValue(strict), TimeZone = tz });
            var provisional = new SeriesKey(ven, sym, given ?? BarInterval.OneMinute);
            var result = await importer.ImportAsync(path, provisional, ImportProgress.For(context, new FileInfo(path).Length), ct);
            var bars = given is null ? WithInterval(result.Bars, InferInterval(result.Bars)) : result.Bars;
            if (bars.Count > 0)
            {
                var store = LocalFileSource.FromConfig(config.Data, root);
                await store.WriteBarsAsync(bars, new TimeRange(bars.Times[0], bars.Times[^1] + bars.Key.Interval.Duration), ct);
            }

            await ReportImportAsync(context, parse.GetValue(options.Json), path, bars, result, ct);
            return bars.Count == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task ReportImportAsync(CliContext context, bool json, string path, BarSeries bars, CsvImportResult result, CancellationToken ct)
    {
        if (json)
        {
            var document = new
            {
                file = path, series = bars.Key.ToString(), layout = result.Layout.ToString(), gzip = result.Gzip, imported = bars.Count, skipped = result.Skipped,
                first = bars.Count == 0 ? null : bars.Times[0].ToString(), last = bars.LastTime?.ToString(),
                errors = result.Errors.Select(e => new { line = e.Line, reason = e.Reason }),
            };
            await context.Output.WriteLineAsync(JsonSerializer.Serialize(document, Indented).AsMemory(), ct);
            return;
        }

        var span = bars.Count == 0 ? "" : $" ({Utc(bars.Times[0])} to {Utc(bars.LastTime)} UTC)";
        await context.Output.WriteLineAsync($"Imported {Count(bars.Count)} bars of {bars.Key}{span} from {Path.GetFileName(path)} [{result.Layout}{(result.Gzip ? ", gzip" : "")}]; skipped {Count(result.Skipped)} malformed row(s).".AsMemory(), ct);
        foreach (var e in result.Errors.Take(ShownErrors))
        {
            await context.Output.WriteLineAsync($"  {e}".AsMemory(), ct);
        }

        if (result.Skipped > ShownErrors)
        {
            await context.Output.WriteLineAsync($"  ... and {Count(result.Skipped - ShownErrors)} more".AsMemory(), ct);
        }
    }

    private static async Task<int> BadInputAsync(CliContext context, string message, CancellationToken ct)
    {
        await context.Error.WriteLineAsync(("error: " + message).AsMemory(), ct);
        return ExitCodes.BadInput;
    }

    /// <summary>The most common step between the first bars (the shorter on a tie), as an interval (1m, 4h, 1d...); 1m when there are too few bars to tell.</summary>
    private static BarInterval InferInterval(BarSeries bars)
    {
        var steps = new Dictionary<long, int>();
        for (var i = 1; i < Math.Min(bars.Count, 2000); i++)
        {
            var step = (bars.Times[i] - bars.Times[i - 1]).Ticks / TimeSpan.TicksPerSecond;
            steps[step] = steps.GetValueOrDefault(step) + 1;
        }

        var seconds = steps.Count == 0 ? 60 : steps.MaxBy(s => (s.Value, -s.Key)).Key;
        return seconds switch
        {
            _ when seconds % 604800 == 0 && seconds / 604800 <= BarInterval.MaxCount => new BarInterval((int)(seconds / 604800), BarUnit.Week),
            _ when seconds % 86400 == 0 && seconds / 86400 <= BarInterval.MaxCount => new BarInterval((int)(seconds / 86400), BarUnit.Day),
            _ when seconds % 3600 == 0 && seconds / 3600 <= BarInterval.MaxCount => new BarInterval((int)(seconds / 3600), BarUnit.Hour),
            _ when seconds % 60 == 0 && seconds / 60 <= BarInterval.MaxCount => new BarInterval((int)(seconds / 60), BarUnit.Minute),
            > 0 and <= BarInterval.MaxCount => new BarInterval((int)seconds, BarUnit.Second),
            _ => BarInterval.OneMinute,
        };
    }

    private static BarSeries WithInterval(BarSeries bars, BarInterval interval) => new(
        bars.Key with { Interval = interval }, bars.Times.ToArray(), bars.Open.ToArray(), bars.High.ToArray(), bars.Low.ToArray(), bars.Close.ToArray(), bars.Volume.ToArray(), bars.Count);
}
