using System.CommandLine;
using System.Text.Json;
using Sextant.Backtest.Engine;
using Sextant.Brokers.Alpaca.Data;
using Sextant.Brokers.BinanceUs.Data;
using Sextant.Config.Loading;
using Sextant.Data.Sources;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Routing;
using Symbol = Sextant.Core.Instruments.Symbol;

namespace Sextant.Cli.Commands;

internal static partial class DataCommands
{
    private static Command Fetch(CliContext context)
    {
        var options = new DataOptions();
        var source = new Option<string>("--source") { Description = "A source of data.sources (e.g. binanceus).", Required = true };
        var symbol = new Option<string>("--symbol") { Description = "The symbol, e.g. BTCUSDT.", Required = true };
        var from = new Option<string>("--from") { Description = "First bar (UTC date or time).", Required = true, HelpName = "date" };
        var to = new Option<string?>("--to") { Description = "End, exclusive (UTC; default now).", HelpName = "date" };
        var interval = new Option<string>("--interval") { Description = "Bar interval: 1m, 5m, 1h, 1d…", DefaultValueFactory = _ => "1m" };
        var venue = new Option<string?>("--venue") { Description = "The venue the bars are stored under (default: the source's name)." };
        var command = new Command("fetch", "Fetch bars from a remote source into the store, only the ranges the store does not cover yet (a second fetch sends no request).")
        {
            source, symbol, from, to, interval, venue,
        };
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (config, root) = options.Load(context, parse);
            var name = parse.GetValue(source)!;
            if (!config.Data.Sources.TryGetValue(name, out var sourceConfig))
            {
                throw new BacktestException($"--source {name}: not in data.sources; configured: {string.Join(", ", config.Data.Sources.Keys)}");
            }

            IDataSource remote = sourceConfig.Type switch
            {
                DataSourceType.Binanceus => BinanceUsSource.FromConfig(name, sourceConfig),
                _ => AlpacaSource.FromConfig(name, sourceConfig,
                    Secrets.Resolve(context.Environment, sourceConfig.ApiKeyEnv, $"data.sources.{name}.api_key_env"),
                    Secrets.Resolve(context.Environment, sourceConfig.ApiSecretEnv, $"data.sources.{name}.api_secret_env")),
            };
            using var owned = (IDisposable)remote;
            if (!Symbol.TryParse(parse.GetValue(symbol), out var sym, out var symbolError))
            {
                throw new BacktestException("--symbol: " + symbolError);
            }

            if (!BarInterval.TryParse(parse.GetValue(interval), out var iv, out var intervalError))
            {
                throw new BacktestException("--interval: " + intervalError);
            }

            var start = ParseDate(parse.GetValue(from)!) ?? throw new BacktestException($"--from '{parse.GetValue(from)}' is not a date");
            var end = parse.GetValue(to) is { } t ? ParseDate(t) ?? throw new BacktestException($"--to '{t}' is not a date") : Core.Time.UnixNanos.FromDateTimeOffset(DateTimeOffset.UtcNow);
            var key = new SeriesKey(new VenueId(parse.GetValue(venue) ?? name), sym, iv);
            var manager = DataManager.Create(config, root, [remote]);
            if (!manager.SourcesFor(key).Contains(name))
            {
                // Without this the request would be served by the store alone and print "0 bars" without saying why.
                throw new BacktestException(sourceConfig.Type is DataSourceType.Binanceus or DataSourceType.Alpaca && key.Venue.Value != name
                    ? $"--venue {key.Venue}: the {name} source serves only {name} bars (data.sources.{name}.type: {sourceConfig.Type?.ToString().ToLowerInvariant()}); omit --venue to store them as {name}"
                    : $"no data.routes entry sends {key} to the source {name}; add one, e.g. {{ venue: {key.Venue}, sources: [local, {name}] }}");
            }

            var before = await manager.Store.GetCoverageAsync(key, ct);

            // Chunks of 5,000 bars, each written to the store as it arrives: an interrupted fetch keeps every finished
            // chunk, and the next run fetches only what is still missing.
            var chunk = TimeSpan.FromTicks(iv.Duration.Ticks * 5_000);
            var quiet = parse.GetValue(options.Json);
            for (var from = start; from < end; from += chunk)
            {
                var until = from + chunk < end ? from + chunk : end;
                var part = await manager.GetBarsAsync(key, new TimeRange(from, until), ct);
                if (!quiet)
                {
                    var done = (double)(until.Value - start.Value) / (end.Value - start.Value);
                    await context.Error.WriteLineAsync($"  {done,4:P0}  {Utc(from)} → {Utc(until)}: {Count(part.Count)} bars".AsMemory(), ct);
                }
            }

            var bars = await manager.Store.GetBarsAsync(key, new TimeRange(start, end), ct);
            var after = await manager.Store.GetCoverageAsync(key, ct);
            var summary = new
            {
                Series = key.ToString(),
                Bars = bars.Count,
                First = Utc(bars.Count > 0 ? bars.Times[0] : null),
                Last = Utc(bars.LastTime),
                CoverageBefore = before.Count,
                CoverageAfter = after.Count,
                RequestWeightUsed = remote is BinanceUsSource b ? b.UsedWeight : 0,
            };
            if (parse.GetValue(options.Json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(summary, Indented).AsMemory(), ct);
            }
            else
            {
                await context.Output.WriteLineAsync($"{key}: {Count(bars.Count)} bars in the store for {Utc(start)} → {Utc(end)} (first {summary.First}, last {summary.Last}); request weight used this minute: {summary.RequestWeightUsed}".AsMemory(), ct);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
