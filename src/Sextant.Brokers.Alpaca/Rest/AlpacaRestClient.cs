using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sextant.Core.Errors;

namespace Sextant.Brokers.Alpaca.Rest;

/// <summary>Alpaca REST with the key headers; 401 (and a 403 that is not about buying power) is an auth failure, 429 backs off, 5xx and timeouts are "unknown".</summary>
internal sealed class AlpacaRestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly AlpacaOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private DateTimeOffset _backoffUntil;
    private volatile RateLimitReading? _rateLimit;

    public AlpacaRestClient(AlpacaOptions options, TimeProvider time, ILogger logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _http = new HttpClient(Sextant.Execution.Http.VenueHttp.CreateHandler(), disposeHandler: true) { BaseAddress = options.BaseUrl, Timeout = options.Timeout };
        _http.DefaultRequestHeaders.Add("APCA-API-KEY-ID", options.ApiKey);
        _http.DefaultRequestHeaders.Add("APCA-API-SECRET-KEY", options.ApiSecret);
    }

    private string Broker => _options.Id.Value;

    /// <summary>Until when a 429 keeps this client from sending (no request goes out before); in the past when none does.</summary>
    public DateTimeOffset BackoffUntil => _backoffUntil;

    /// <summary>Requests used in the venue's current window (limit − remaining of the last <c>X-RateLimit-*</c> headers); null until an answer carried them.</summary>
    public int? RateLimitUsed => _rateLimit is { } r ? r.Limit - r.Remaining : null;

    /// <summary>The venue's request limit per window (<c>X-RateLimit-Limit</c>); null until an answer carried it.</summary>
    public int? RateLimitLimit => _rateLimit?.Limit;

    public async Task<AlpacaResponse> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        if (_time.GetUtcNow() < _backoffUntil)
        {
            return new AlpacaResponse(AlpacaOutcome.RateLimited, 429, null, 0, $"rate limited (HTTP 429); backing off until {_backoffUntil:O}, no request sent");
        }

        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var reading = ReadRateLimit(response.Headers);
            if (reading is not null)
            {
                _rateLimit = reading;
            }

            JsonNode? json = null;
            try
            {
                json = text.Length == 0 ? null : JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // error pages that are not JSON keep their text as the message
            }

            var code = json is JsonObject o && o["code"] is JsonValue c && c.TryGetValue<long>(out var v) ? v : 0;
            var message = (json as JsonObject)?["message"]?.GetValue<string>() ?? (text.Length > 200 ? text[..200] : text);
            if (status is >= 200 and < 300)
            {
                return new AlpacaResponse(AlpacaOutcome.Ok, status, json, 0, string.Empty);
            }

            if (status == 429)
            {
                // Retry-After when given, else the window's reset (X-RateLimit-Reset, unix seconds), else a second.
                var now = _time.GetUtcNow();
                var untilReset = reading?.ResetUnixSeconds is { } reset ? DateTimeOffset.FromUnixTimeSeconds(reset) - now : TimeSpan.Zero;
                _backoffUntil = now + (response.Headers.RetryAfter?.Delta
                    ?? (untilReset > TimeSpan.Zero && untilReset <= TimeSpan.FromMinutes(1) ? untilReset : TimeSpan.FromSeconds(1)));
                Log.RateLimited(_logger, Broker, path, _backoffUntil);
                return new AlpacaResponse(AlpacaOutcome.RateLimited, status, json, code, $"rate limited (HTTP 429) until {_backoffUntil:O}: {message}");
            }

            if (status >= 500)
            {
                Log.OutcomeUnknown(_logger, Broker, method.Method, path, $"HTTP {status}");
                return new AlpacaResponse(AlpacaOutcome.Unknown, status, json, code, $"HTTP {status}: {message}");
            }

            if (Sextant.Execution.Http.VenueHttp.RedirectMessage(response) is { } redirect)
            {
                return new AlpacaResponse(AlpacaOutcome.Refused, status, json, code, redirect);
            }

            var auth = status == 401 || (status == 403 && code != 40310000);
            return new AlpacaResponse(auth ? AlpacaOutcome.Unauthorized : AlpacaOutcome.Refused, status, json, code, message);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = ex is TaskCanceledException ? $"no answer within {_options.Timeout}" : ex.GetType().Name + ": " + ex.Message;
            Log.OutcomeUnknown(_logger, Broker, method.Method, path, reason);
            return new AlpacaResponse(AlpacaOutcome.Unknown, 0, null, 0, reason);
        }
    }

    /// <summary>The body of an OK answer, else a <see cref="BrokerException"/> naming the call (auth failures and refusals are not transient).</summary>
    public JsonNode Require(AlpacaResponse response, string what) => response.Outcome switch
    {
        AlpacaOutcome.Ok => response.Body ?? new JsonObject(),
        AlpacaOutcome.Unauthorized => throw new BrokerException($"{Broker} {what}: HTTP {response.Status}, the venue refused the credentials ({response.Message})", isTransient: false),
        AlpacaOutcome.Refused => throw new BrokerException($"{Broker} {what}: HTTP {response.Status} {response.Code} {response.Message}", isTransient: false),
        _ => throw new BrokerException($"{Broker} {what}: {response.Message}", isTransient: true),
    };

    public void Dispose() => _http.Dispose();

    private static RateLimitReading? ReadRateLimit(System.Net.Http.Headers.HttpResponseHeaders headers)
    {
        if (!TryInt(headers, "X-RateLimit-Limit", out var limit) || !TryInt(headers, "X-RateLimit-Remaining", out var remaining))
        {
            return null;
        }

        long? reset = headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : null;
        return new RateLimitReading(limit, Math.Clamp(remaining, 0, limit), reset);
    }

    private static bool TryInt(System.Net.Http.Headers.HttpResponseHeaders headers, string name, out int value)
    {
        value = 0;
        return headers.TryGetValues(name, out var values)
            && int.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value)
            && value >= 0;
    }

    private sealed record RateLimitReading(int Limit, int Remaining, long? ResetUnixSeconds);
}
