using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sextant.Core.Errors;

namespace Sextant.Brokers.BinanceUs.Rest;

/// <summary>
/// Signed REST calls: <c>timestamp</c> from our clock plus the venue's offset (measured from <c>/api/v3/time</c>, so clock
/// skew does not matter), <c>recvWindow</c>, HMAC over exactly the query string sent; a -1021 resynchronises the offset
/// and retries once. Tracks <c>X-MBX-USED-WEIGHT-1M</c>, backs off for <c>Retry-After</c> after a 429 and stops everything
/// after a 418 until the ban ends. Never logs or throws with the key, the secret or a signature in the text.
/// </summary>
internal sealed partial class BinanceRestClient : IDisposable
{
    /// <summary>Binance US request weight allowed per minute and IP.</summary>
    public const int WeightLimit = 1200;
    private readonly HttpClient _http;
    private readonly BinanceSigner _signer;
    private readonly BinanceUsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _offsetMs;
    private DateTimeOffset _backoffUntil;
    private DateTimeOffset _bannedUntil;

    public BinanceRestClient(BinanceUsOptions options, TimeProvider time, ILogger logger, HttpMessageHandler? handler = null)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _signer = new BinanceSigner(options.ApiSecret);
        _http = new HttpClient(handler ?? Sextant.Execution.Http.VenueHttp.CreateHandler(), disposeHandler: true) { BaseAddress = options.BaseUrl, Timeout = options.Timeout };
        if (options.ApiKey.Length > 0)
        {
            _http.DefaultRequestHeaders.Add("X-MBX-APIKEY", options.ApiKey);
        }
    }

    /// <summary>Request weight used this minute, as the venue last reported it.</summary>
    public int UsedWeight { get; private set; }

    /// <summary>Until when a 429 asked us to wait (no request is sent before then).</summary>
    public DateTimeOffset BackoffUntil => _backoffUntil;

    /// <summary>The venue's clock minus ours, in ms.</summary>
    public long ClockOffsetMs => Interlocked.Read(ref _offsetMs);

    private string Broker => _options.Id.Value;

    /// <summary>Measures the clock offset from <c>/api/v3/time</c> (midpoint of the round trip).</summary>
    public async Task SyncTimeAsync(CancellationToken cancellationToken)
    {
        var before = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var response = await SendAsync(HttpMethod.Get, "api/v3/time", [], signed: false, cancellationToken).ConfigureAwait(false);
        var after = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var server = Require(response, "GET /api/v3/time")["serverTime"]!.GetValue<long>();
        Interlocked.Exchange(ref _offsetMs, server - ((before + after) / 2));
        Log.ClockOffset(_logger, Broker, ClockOffsetMs);
    }

    /// <summary>A signed call; on -1021 the offset is measured again and the call retried once with a fresh timestamp.</summary>
    public async Task<BinanceResponse> SignedAsync(HttpMethod method, string path, IReadOnlyList<(string Key, string Value)> parameters, CancellationToken cancellationToken)
    {
        var response = await SendAsync(method, path, parameters, signed: true, cancellationToken).ConfigureAwait(false);
        if (response is { Outcome: CallOutcome.VenueError, Code: -1021 })
        {
            Log.TimestampRejected(_logger, Broker, path);
            await SyncTimeAsync(cancellationToken).ConfigureAwait(false);
            response = await SendAsync(method, path, parameters, signed: true, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>An unsigned call (NONE, MARKET_DATA and USER_STREAM security: the key header is always sent).</summary>
    public Task<BinanceResponse> PublicAsync(HttpMethod method, string path, IReadOnlyList<(string Key, string Value)> parameters, CancellationToken cancellationToken) =>
        SendAsync(method, path, parameters, signed: false, cancellationToken);

    /// <summary>The body of an OK response; otherwise a <see cref="BrokerException"/> that says what failed (transient unless refused or banned).</summary>
    public JsonNode Require(BinanceResponse response, string what) => response.Outcome switch
    {
        CallOutcome.Ok => response.Body ?? throw new BrokerException($"{Broker} {what}: empty response", isTransient: true),
        CallOutcome.VenueError => throw new BrokerException($"{Broker} {what}: {response.Code} {response.Message}", isTransient: false),
        CallOutcome.Banned => throw new BrokerException($"{Broker} {what}: {response.Message}", isTransient: false),
        _ => throw new BrokerException($"{Broker} {what}: {response.Message}", isTransient: true),
    };

    public void Dispose()
    {
        _http.Dispose();
        _signer.Dispose();
    }

    private async Task<BinanceResponse> SendAsync(HttpMethod method, string path, IReadOnlyList<(string Key, string Value)> parameters, bool signed, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (now < _bannedUntil)
        {
            return new BinanceResponse(CallOutcome.Banned, null, -1003, $"IP banned by the venue (HTTP 418) until {_bannedUntil:O}; no request sent");
        }

        if (now < _backoffUntil)
        {
            return new BinanceResponse(CallOutcome.RateLimited, null, -1003, $"rate limited (HTTP 429); backing off until {_backoffUntil:O}, no request sent");
        }

        var query = new StringBuilder();
        foreach (var (key, value) in parameters)
        {
            query.Append(query.Length == 0 ? string.Empty : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        if (signed)
        {
            query.Append(query.Length == 0 ? string.Empty : "&")
                .Append(CultureInfo.InvariantCulture, $"recvWindow={(long)_options.RecvWindow.TotalMilliseconds}&timestamp={now.ToUnixTimeMilliseconds() + ClockOffsetMs}");
            var payload = query.ToString();
            query.Append("&signature=").Append(_signer.Sign(payload));
        }

        using var request = new HttpRequestMessage(method, query.Length == 0 ? path : path + "?" + query);
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            TrackWeight(response);
            return Interpret(method, path, response, body);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = ex is TaskCanceledException ? $"no answer within {_options.Timeout}" : ex.GetType().Name + ": " + ex.Message;
            Log.OutcomeUnknown(_logger, Broker, method.Method, path, reason);
            return new BinanceResponse(CallOutcome.Unknown, null, 0, reason);
        }
    }
}
