using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Brokers.Alpaca.Rest;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Brokers.Alpaca.Data;

/// <summary>
/// Historical US stock bars from Alpaca's data API, <c>GET /v2/stocks/{symbol}/bars</c> (<c>alpaca</c>): pages of 10,000
/// followed by <c>next_page_token</c>, the configured feed (iex or sip) and adjustment, keys in the APCA headers (never in
/// a message or log), a 429's <c>Retry-After</c> waited out, timeouts and 5xx retried a few times.
/// </summary>
public sealed partial class AlpacaSource : IDataSource, ILiveBarSource, IDisposable
{
    /// <summary>Alpaca's market-data stream base URL.</summary>
    public static readonly Uri DefaultStreamUrl = new("wss://stream.data.alpaca.markets/");

    /// <summary>Alpaca's market-data base URL.</summary>
    public static readonly Uri DefaultDataUrl = new("https://data.alpaca.markets/");

    private const int Attempts = 4;
    private readonly AlpacaRestClient _rest;
    private readonly TimeProvider _time;
    private readonly string _feed;
    private readonly string _adjustment;
    private readonly AlpacaOptions _options;
    private readonly ILogger _logger;

    /// <summary>A source over <paramref name="options"/>' base URL with the given feed and adjustment.</summary>
    public AlpacaSource(AlpacaOptions options, AlpacaFeed feed = AlpacaFeed.Iex, PriceAdjustment adjustment = PriceAdjustment.Raw, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
        _rest = new AlpacaRestClient(options, _time, logger ?? NullLogger.Instance);
        Name = options.Id.Value;
        _feed = feed.ToString().ToLowerInvariant();
        _adjustment = adjustment.ToString().ToLowerInvariant();
    }

    /// <summary>The source for <c>data.sources.NAME</c>, with the key and secret already read from the environment.</summary>
    public static AlpacaSource FromConfig(string name, DataSourceConfig config, string apiKey, string apiSecret, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var options = new AlpacaOptions(apiKey, apiSecret)
        {
            Id = new BrokerId(name),
            BaseUrl = config.BaseUrl is { } b ? new Uri(b.EndsWith('/') ? b : b + "/") : DefaultDataUrl,
            StreamUrl = config.StreamUrl is { } w ? new Uri(w.EndsWith('/') ? w : w + "/") : config.BaseUrl is null ? DefaultStreamUrl : null,
            Timeout = config.Timeout,
        };
        return new AlpacaSource(options, config.Feed, config.Adjustment, time, logger);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Bars per request (Alpaca allows up to 10,000). Default 10,000.</summary>
    public int PageSize { get; init; } = 10_000;

    /// <inheritdoc />
    public async Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken)
    {
        var timeframe = Timeframe(key);
        if (range.Start == TimeRange.All.Start)
        {
            throw new DataException($"{Name}: {key}: give a start time; Alpaca bars are fetched from a date forward");
        }

        var now = _time.GetUnixNanos();
        var closedEnd = new UnixNanos(Math.Min(range.End.Value, now.Value - (key.Interval.Duration.Ticks * 100) + 1));
        var builder = new BarSeriesBuilder(key);
        string? token = null;
        var last = long.MinValue;
        do
        {
            var path = $"v2/stocks/{Uri.EscapeDataString(key.Symbol.Value)}/bars?timeframe={timeframe}&start={Rfc3339(range.Start)}&end={Rfc3339(closedEnd)}" +
                $"&limit={PageSize.ToString(CultureInfo.InvariantCulture)}&feed={_feed}&adjustment={_adjustment}" + (token is null ? string.Empty : "&page_token=" + Uri.EscapeDataString(token));
            var page = await PageAsync(key, path, cancellationToken).ConfigureAwait(false);
            foreach (var bar in page["bars"] as JsonArray ?? [])
            {
                var time = UnixNanos.FromDateTimeOffset(DateTimeOffset.Parse(bar!["t"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
                if (time.Value <= last || time.Value >= closedEnd.Value)
                {
                    continue;
                }

                builder.Add(time, Number(bar["o"]), Number(bar["h"]), Number(bar["l"]), Number(bar["c"]), Number(bar["v"]));
                last = time.Value;
            }

            token = page["next_page_token"]?.GetValue<string>();
        }
        while (token is { Length: > 0 });

        return builder.Build();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FundamentalValue>>([]);

    /// <inheritdoc />
    public Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MarketEvent>>([]);

    /// <inheritdoc />
    public void Dispose() => _rest.Dispose();

    private async Task<JsonNode> PageAsync(SeriesKey key, string path, CancellationToken cancellationToken)
    {
        var what = $"{Name}: GET /v2/stocks/{key.Symbol}/bars for {key}";
        for (var attempt = 1; ; attempt++)
        {
            var response = await _rest.SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
            switch (response.Outcome)
            {
                case AlpacaOutcome.Ok when response.Body is JsonObject body:
                    return body;
                case AlpacaOutcome.Ok:
                    throw new DataException($"{what}: the answer is not a JSON object");
                case AlpacaOutcome.Unauthorized:
                    throw new DataException($"{what}: HTTP {response.Status}, the credentials were refused; check the variables named by data.sources.{Name}.api_key_env/api_secret_env");
                case AlpacaOutcome.Refused:
                    throw new DataException($"{what}: HTTP {response.Status} {response.Message}");
                case AlpacaOutcome.RateLimited when attempt < Attempts:
                    // wait out the window the venue named (Retry-After or X-RateLimit-Reset), a second at least
                    var wait = _rest.BackoffUntil - _time.GetUtcNow();
                    wait = wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
                    Log.RateLimitWait(_logger, Name, key, wait);
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                    break;
                case AlpacaOutcome.Unknown when attempt < Attempts:
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _time, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new DataException($"{what}: {response.Message} (after {attempt} attempts)");
            }
        }
    }

    private string Timeframe(SeriesKey key) => (key.Interval.Unit, key.Interval.Count) switch
    {
        (BarUnit.Minute, >= 1 and <= 59) => $"{key.Interval.Count}Min",
        (BarUnit.Hour, >= 1 and <= 23) => $"{key.Interval.Count}Hour",
        (BarUnit.Day, 1) => "1Day",
        (BarUnit.Week, 1) => "1Week",
        _ => throw new DataException($"{Name}: {key}: Alpaca has no {key.Interval} bars; use 1-59 minutes, 1-23 hours, 1d or 1w"),
    };

    private static string Rfc3339(UnixNanos time) =>
        time.ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static double Number(JsonNode? node) => node!.GetValue<double>();
}
