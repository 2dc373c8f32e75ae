using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sextant.Emulator.Faults;

/// <summary>Holds the armed REST faults and applies them as the first middleware (admin paths and WebSocket upgrades are never faulted).</summary>
internal sealed class FaultInjector(TimeProvider time)
{
    private readonly List<(FaultRule Rule, int Left)> _rules = [];
    private readonly object _sync = new();

    /// <summary>Added to every REST response.</summary>
    public TimeSpan Latency { get; set; }

    public void Add(FaultRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rule.Count);
        lock (_sync)
        {
            _rules.Add((rule, rule.Count));
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _rules.Clear();
        }

        Latency = TimeSpan.Zero;
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/_emulator", StringComparison.Ordinal) || context.WebSockets.IsWebSocketRequest)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, time, context.RequestAborted).ConfigureAwait(false);
        }

        var rule = Take(path, context.Request.Method);
        switch (rule?.Kind)
        {
            case FaultKind.Status:
                await WriteStatusAsync(context, rule, path).ConfigureAwait(false);
                return;
            case FaultKind.Delay:
                await Task.Delay(rule.Delay, time, context.RequestAborted).ConfigureAwait(false);
                break;
            case FaultKind.MalformedBody:
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("[[1677628800000,\"23141.5700\",\"2315", context.RequestAborted).ConfigureAwait(false);
                return;
            case FaultKind.DropResponse:
                // Run the request for real, keep its answer, then cut the connection.
                context.Response.Body = new MemoryStream();
                await next(context).ConfigureAwait(false);
                context.Abort();
                return;
            default:
                break;
        }

        await next(context).ConfigureAwait(false);
    }

    private FaultRule? Take(string path, string method)
    {
        lock (_sync)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, left) = _rules[i];
                if ((rule.Path is null || path.StartsWith(rule.Path, StringComparison.Ordinal))
                    && (rule.Method is null || string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)))
                {
                    if (left == 1)
                    {
                        _rules.RemoveAt(i);
                    }
                    else
                    {
                        _rules[i] = (rule, left - 1);
                    }

                    return rule;
                }
            }
        }

        return null;
    }

    private async Task WriteStatusAsync(HttpContext context, FaultRule rule, string path)
    {
        var binance = path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/sapi/", StringComparison.Ordinal);
        context.Response.StatusCode = rule.Status;
        context.Response.ContentType = "application/json;charset=UTF-8";
        if (rule.Status is 429 or 418)
        {
            context.Response.Headers.RetryAfter = rule.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        var until = time.GetUtcNow().AddSeconds(rule.RetryAfterSeconds).ToUnixTimeMilliseconds();
        var body = (binance, rule.Status) switch
        {
            (true, 429) => """{"code":-1003,"msg":"Too much request weight used; current limit is 1200 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}""",
            (true, 418) => $$"""{"code":-1003,"msg":"Way too much request weight used; IP banned until {{until}}. Please use WebSocket Streams for live updates to avoid bans."}""",
            (true, _) => """{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}""",
            (false, 429) => """{"code":42910000,"message":"rate limit exceeded"}""",
            (false, _) => """{"code":50010000,"message":"internal server error occurred"}""",
        };
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted).ConfigureAwait(false);
    }
}
