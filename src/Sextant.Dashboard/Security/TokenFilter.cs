using Microsoft.AspNetCore.Http;

namespace Sextant.Dashboard.Security;

/// <summary>
/// Refuses every dashboard endpoint without the token: the page, JSON, actions, the event stream and /metrics alike,
/// whatever pipeline hosts them. The token may come as <c>Authorization: Bearer …</c>, an <c>X-Sextant-Token</c> header,
/// the <c>sextant_token</c> cookie, or a <c>?token=</c> query parameter; a page opened with the query gets an HttpOnly,
/// SameSite=Strict cookie and is redirected to the same path without the token, so it leaves the address bar and history.
/// </summary>
internal sealed class TokenFilter(DashboardToken token) : IEndpointFilter
{
    public const string CookieName = "sextant_token";
    public const string HeaderName = "X-Sextant-Token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var request = http.Request;
        if (token.Matches(FromHeaders(request)) || token.Matches(request.Cookies[CookieName]))
        {
            return await next(context);
        }

        if (token.Matches(request.Query["token"].FirstOrDefault()))
        {
            http.Response.Cookies.Append(CookieName, token.Value, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            return IsPage(request) ? Results.Redirect(request.PathBase + request.Path) : await next(context);
        }

        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"sextant\"";
        http.Response.Headers.CacheControl = "no-store";
        return IsPage(request)
            ? Results.Content(RefusalPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized)
            : Results.Json(new { error = "token required: send Authorization: Bearer <token>, the X-Sextant-Token header, or ?token=" },
                statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool IsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/metrics");

    private static string? FromHeaders(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.FirstOrDefault();
        if (authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..];
        }

        return request.Headers[HeaderName].FirstOrDefault();
    }

    private const string RefusalPage = """
        <!doctype html><meta charset="utf-8"><title>Sextant dashboard: token required</title>
        <body style="font-family:system-ui;margin:3rem"><h1 id="refused">Token required</h1>
        <p>Open the address that <code>sextant dashboard</code> (or <code>sextant run</code>) printed at start, which ends in <code>?token=…</code>,
        or add <code>?token=</code> with the value of the variable named by <code>dashboard.token_env</code>.</p></body>
        """;
}
