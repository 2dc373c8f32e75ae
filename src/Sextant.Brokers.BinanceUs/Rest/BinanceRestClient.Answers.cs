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

    private BinanceResponse Interpret(HttpMethod method, string path, HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.OK)
        {
            try
            {
                return new BinanceResponse(CallOutcome.Ok, JsonNode.Parse(body), 0, string.Empty); // the bytes as sent: no string of them first
            }
            catch (JsonException ex)
            {
                return new BinanceResponse(CallOutcome.Unknown, null, 0, "malformed JSON answer: " + ex.Message);
            }
        }

        // Only an answer that is not OK carries an error body.
        var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        var (code, message) = ParseError(body);
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

        return new BinanceResponse(CallOutcome.VenueError, null, code, message);
    }

    private static (int Code, string Message) ParseError(byte[] body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject error && error["code"] is JsonValue code && code.TryGetValue<int>(out var value))
            {
                return (value, error["msg"]?.GetValue<string>() ?? string.Empty);
            }
        }
        catch (JsonException)
        {
            // not JSON: fall through
        }

        var text = System.Text.Encoding.UTF8.GetString(body);
        return (0, text.Length > 200 ? text[..200] : text);
    }
}
