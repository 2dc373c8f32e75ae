using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sextant.Brokers.BinanceUs.Rest;

/// <content>Reading answers: weights, rate limits and bans, error bodies.</content>
internal sealed partial class BinanceRestClient
{
    private void TrackWeight(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("X-MBX-USED-WEIGHT-1M", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var used))
        {
            var before = UsedWeight;
            UsedWeight = used;
            if (used >= WeightLimit * 8 / 10 && before < WeightLimit * 8 / 10)
            {
                Log.WeightHigh(_logger, Broker, used, WeightLimit);
            }
        }
    }

    private BinanceResponse Interpret(HttpMethod method, string path, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        var (code, message) = ParseError(text);
        if (status == 418)
        {
            _bannedUntil = _time.GetUtcNow() + retryAfter;
            Log.Banned(_logger, Broker, path, _bannedUntil);
            return new BinanceResponse(CallOutcome.Banned, null, code, $"IP banned by the venue (HTTP 418) until {_bannedUntil:O}: {message}");
        }

        if (status == 429)
        {
            _backoffUntil = _time.GetUtcNow() + retryAfter;
            Log.RateLimited(_logger, Broker, path, _backoffUntil);
            return new BinanceResponse(CallOutcome.RateLimited, null, code, $"rate limited (HTTP 429) until {_backoffUntil:O}: {message}");
        }

        if (status >= 500)
        {
            // The docs: a 5xx means the outcome is unknown, not a failure.
            var reason = $"HTTP {status}: {message}";
            Log.OutcomeUnknown(_logger, Broker, method.Method, path, reason);
            return new BinanceResponse(CallOutcome.Unknown, null, code, reason);
        }

        if (Sextant.Execution.Http.VenueHttp.RedirectMessage(response) is { } redirect)
        {
            return new BinanceResponse(CallOutcome.VenueError, null, code, redirect);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return new BinanceResponse(CallOutcome.VenueError, null, code, message);
        }

        try
        {
            return new BinanceResponse(CallOutcome.Ok, JsonNode.Parse(text), 0, string.Empty);
        }
        catch (JsonException ex)
        {
            return new BinanceResponse(CallOutcome.Unknown, null, 0, "malformed JSON answer: " + ex.Message);
        }
    }

    private static (int Code, string Message) ParseError(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is JsonObject error && error["code"] is JsonValue code && code.TryGetValue<int>(out var value))
            {
                return (value, error["msg"]?.GetValue<string>() ?? string.Empty);
            }
        }
        catch (JsonException)
        {
            // not JSON: fall through
        }

        return (0, text.Length > 200 ? text[..200] : text);
    }
}
