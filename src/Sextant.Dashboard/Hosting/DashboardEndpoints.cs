using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sextant.Core.Orders;
using Sextant.Dashboard.Api;
using Sextant.Dashboard.Reports;
using Sextant.Dashboard.Security;
using Sextant.Dashboard.Source;
using Sextant.Metrics;

namespace Sextant.Dashboard.Hosting;

/// <summary>Maps the dashboard: the page, one JSON endpoint per view, the cancel action, the event stream, the report view and /metrics, all behind the token.</summary>
public static class DashboardEndpoints
{
    /// <summary>Header the page sends with actions; a cross-site form cannot set it, so a cookie alone never cancels an order.</summary>
    public const string ActionHeader = "X-Requested-With";

    /// <summary>
    /// Maps every dashboard endpoint at the root of <paramref name="endpoints"/>; each one refuses a request without the token
    /// (401). Needs <see cref="DashboardServiceCollectionExtensions.AddSextantDashboard"/>.
    /// </summary>
    public static RouteGroupBuilder MapSextantDashboard(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(string.Empty).AddEndpointFilter<TokenFilter>();

        group.MapGet("/", (HttpContext http) => Asset(http, "index.html"));
        group.MapGet("/assets/{*name}", (HttpContext http, string name) => Asset(http, name));

        var api = group.MapGroup("/api");
        api.MapGet("/overview", (IDashboardSource s) => Views.Overview(s.Current));
        api.MapGet("/equity", (IDashboardSource s) => Views.Equity(s.Current));
        api.MapGet("/positions", (IDashboardSource s) => Views.Positions(s.Current));
        api.MapGet("/orders", (IDashboardSource s) => Views.Orders(s.Current));
        api.MapPost("/orders/{id}/cancel", CancelAsync);
        api.MapGet("/fills", (IDashboardSource s) => Views.Fills(s.Current));
        api.MapGet("/signals", (IDashboardSource s) => Views.Signals(s.Current));
        api.MapGet("/strategies", (IDashboardSource s) => Views.Strategies(s.Current));
        api.MapGet("/brokers", (IDashboardSource s, TimeProvider time) => Views.Brokers(s.Current, time.GetUtcNow()));
        api.MapGet("/logs", (IDashboardSource s, int? max) => Views.Logs(s.LogTail(Math.Clamp(max ?? 200, 1, 5000))));
        api.MapGet("/live", (IDashboardSource s, DashboardOptions o, TimeProvider time) => Views.Live(s.Current, s.LogTail(o.LogLines), time.GetUtcNow()));
        api.MapGet("/events", (HttpContext http, IDashboardSource s, DashboardOptions o, TimeProvider time, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) =>
            EventStream.RunAsync(http, s, o, time, json));
        api.MapGet("/report", (DashboardOptions o) => Report(o));
        api.MapGet("/report/files/{name}", (DashboardOptions o, HttpContext http, string name) => ReportFile(o, http, name));

        group.MapGet("/metrics", async (HttpContext http, SextantMetrics metrics) =>
        {
            http.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await metrics.ExportAsync(http.Response.Body, http.RequestAborted);
        });
        return group;
    }

    private static async Task<IResult> CancelAsync(HttpContext http, IDashboardSource source, string id, CancellationToken cancellationToken)
    {
        var byCookie = http.Request.Headers.Authorization.Count == 0 && !http.Request.Headers.ContainsKey(TokenFilter.HeaderName);
        if (byCookie && http.Request.Headers[ActionHeader] != "sextant")
        {
            return Results.Json(new ErrorView($"actions from the page must carry {ActionHeader}: sextant"), statusCode: StatusCodes.Status403Forbidden);
        }

        if (!ClientOrderId.TryParse(id, out var orderId, out var error))
        {
            return Results.BadRequest(new ErrorView(error));
        }

        var outcome = await source.CancelOrderAsync(orderId, cancellationToken);
        var body = new CancelView(orderId.Value, outcome.ToString());
        return outcome switch
        {
            CancelOutcome.Sent => Results.Accepted(value: body),
            CancelOutcome.UnknownOrder => Results.NotFound(body),
            CancelOutcome.NotOpen or CancelOutcome.Refused => Results.Conflict(body),
            CancelOutcome.TimedOut => Results.Json(body, statusCode: StatusCodes.Status504GatewayTimeout),
            _ => Results.Json(body, statusCode: StatusCodes.Status501NotImplemented),
        };
    }

    private static IResult Asset(HttpContext http, string name)
    {
        if (!PageAssets.All.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
        headers.ETag = asset.ETag;
        if (http.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static IResult Report(DashboardOptions options)
    {
        if (options.ReportDirectory is null)
        {
            return Results.NotFound(new ErrorView("no report directory: start with sextant dashboard --report DIR"));
        }

        var report = new ReportDirectory(options.ReportDirectory);
        if (!report.Exists)
        {
            return Results.NotFound(new ErrorView($"report directory {report.Path} does not exist"));
        }

        var (t, equity, drawdown) = report.Equity();
        return Results.Ok(new
        {
            name = Path.GetFileName(report.Path),
            files = report.Files(),
            summary = report.Summary(),
            equity = new { t, equity, drawdown },
        });
    }

    private static IResult ReportFile(DashboardOptions options, HttpContext http, string name)
    {
        if (options.ReportDirectory is null || new ReportDirectory(options.ReportDirectory).Find(name) is not { } file)
        {
            return Results.NotFound(new ErrorView($"no report file named '{name}'"));
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        // A report page is shown as a document of its own, never able to script the dashboard.
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";
        return Results.File(file.FullPath, file.ContentType);
    }
}
