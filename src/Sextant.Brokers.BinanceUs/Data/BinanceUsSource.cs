using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Brokers.BinanceUs.Rest;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Brokers.BinanceUs.Data;

/// <summary>
/// Historical klines from Binance US <c>GET /api/v3/klines</c> as a data source (<c>binanceus</c>): pages of 1000 by
/// <c>startTime</c>, slows down before the request-weight limit (from <c>X-MBX-USED-WEIGHT-1M</c>), waits out a 429's
/// <c>Retry-After</c>, stops on 418 (banned), retries a timeout or 5xx a few times. Only closed klines are returned.
/// </summary>
public sealed partial class BinanceUsSource : IDataSource, ILiveBarSource, IDisposable
{
    private const int PageSize = 1000;
    private const int WeightLimit = 1200; // request weight per minute per IP (exchange-apis.md)
    private const int WeightCeiling = 1000; // of the 1200/minute limit: leave room for trading
    private const int Attempts = 4;
    private readonly BinanceRestClient _rest;
    private readonly TimeProvider _time;
    private readonly string _name;
    private readonly ILogger _logger;

    /// <summary>A source over <paramref name="baseUrl"/> (the venue's or the emulator's).</summary>
    public BinanceUsSource(Uri baseUrl, TimeSpan timeout, TimeProvider? time = null, ILogger? logger = null, string name = "binanceus", Uri? streamUrl = null)
    {
        _time = time ?? TimeProvider.System;
        _name = name;
        _logger = logger ?? NullLogger.Instance;
        StreamUrl = streamUrl ?? (baseUrl == BinanceUsOptions.DefaultBaseUrl
            ? BinanceUsOptions.DefaultStreamUrl
            : new UriBuilder(baseUrl) { Scheme = baseUrl.Scheme == "https" ? "wss" : "ws" }.Uri);
        _rest = new BinanceRestClient(BinanceUsOptions.PublicData(baseUrl, timeout), _time, logger ?? NullLogger.Instance);
    }

    /// <summary>The source for <c>data.sources.NAME</c> (<c>base_url</c> defaults to the venue).</summary>
    public static BinanceUsSource FromConfig(string name, DataSourceConfig config, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var url = config.BaseUrl is { } b ? new Uri(b.EndsWith('/') ? b : b + "/") : BinanceUsOptions.DefaultBaseUrl;
        var stream = config.StreamUrl is { } w ? new Uri(w.EndsWith('/') ? w : w + "/") : null;
        return new BinanceUsSource(url, config.Timeout, time, logger, name, stream);
    }

    /// <inheritdoc />
    public string Name => _name;

    /// <summary>Weight used this minute as the venue last reported it.</summary>
    public int UsedWeight => _rest.UsedWeight;

    /// <inheritdoc />
    public async Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken)
    {
        var interval = IntervalText(key);
        if (range.Start == TimeRange.All.Start)
        {
            throw new DataException($"{_name}: {key}: give a start time; Binance US klines are fetched from a date forward");
        }

        var step = (long)key.Interval.Duration.TotalMilliseconds;
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var end = Math.Min(range.End.ToUnixMilliseconds(), now - step + 1); // closed klines only
        var builder = new BarSeriesBuilder(key);
        for (var start = range.Start.ToUnixMilliseconds(); start < end;)
        {
            var page = await PageAsync(key, interval, start, end - 1, cancellationToken).ConfigureAwait(false);
            var last = long.MinValue;
            foreach (var row in page)
            {
                var open = row![0]!.GetValue<long>();
                if (open >= end || open <= last)
                {
                    continue;
                }

                builder.Add(UnixNanos.FromUnixMilliseconds(open), Number(row[1]), Number(row[2]), Number(row[3]), Number(row[4]), Number(row[5]));
                last = open;
            }

            if (page.Count < PageSize || last == long.MinValue)
            {
                break;
            }

            start = last + step;
        }

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

    private async Task<JsonArray> PageAsync(SeriesKey key, string interval, long start, long end, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string, string)> parameters =
        [
            ("symbol", key.Symbol.Value), ("interval", interval), ("startTime", start.ToString(CultureInfo.InvariantCulture)),
            ("endTime", end.ToString(CultureInfo.InvariantCulture)), ("limit", PageSize.ToString(CultureInfo.InvariantCulture)),
        ];
        for (var attempt = 1; ; attempt++)
        {
            if (_rest.UsedWeight >= WeightCeiling)
            {
                await WaitAsync(NextMinute(), cancellationToken).ConfigureAwait(false);
            }

            var response = await _rest.PublicAsync(HttpMethod.Get, "api/v3/klines", parameters, cancellationToken).ConfigureAwait(false);
            switch (response.Outcome)
            {
                case CallOutcome.Ok when response.Body is JsonArray rows:
                    return rows;
                case CallOutcome.Ok:
                    throw new DataException($"{_name}: GET /api/v3/klines for {key}: the answer is not a JSON array");
                case CallOutcome.Banned:
                    throw new DataException($"{_name}: GET /api/v3/klines for {key}: {response.Message}; stopped");
                case CallOutcome.VenueError:
                    throw new DataException($"{_name}: GET /api/v3/klines for {key}: {response.Code} {response.Message}");
                case CallOutcome.RateLimited when attempt < Attempts:
                    await WaitAsync(_rest.BackoffUntil, cancellationToken).ConfigureAwait(false);
                    break;
                case CallOutcome.Unknown when attempt < Attempts:
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _time, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new DataException($"{_name}: GET /api/v3/klines for {key}: {response.Message} (after {attempt} attempts)");
            }
        }
    }

    private DateTimeOffset NextMinute()
    {
        var now = _time.GetUtcNow();
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(1);
    }

    private Task WaitAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var wait = until - _time.GetUtcNow() + TimeSpan.FromMilliseconds(20); // never wake a hair before the venue's deadline
        return wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;
    }

    private string IntervalText(SeriesKey key)
    {
        var text = key.Interval.ToString();
        return text is "1m" or "3m" or "5m" or "15m" or "30m" or "1h" or "2h" or "4h" or "6h" or "8h" or "12h" or "1d" or "3d" or "1w" or "1M"
            ? text
            : throw new DataException($"{_name}: {key}: Binance US has no {text} klines; use 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M");
    }

    private static double Number(JsonNode? node) =>
        double.Parse(node!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
