using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sextant.Tests.Shared;

/// <summary>
/// A venue address that answers every request with a redirect (307, which keeps the method and body) to a second server
/// on 127.0.0.1; that one records whatever reaches it. An adapter pointed at <see cref="Url"/> must not follow.
/// </summary>
internal sealed class RedirectTrap : IAsyncDisposable
{
    private WebApplication? _redirector;
    private WebApplication? _target;

    /// <summary>Where the adapter is pointed: the redirecting server.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Each request that reached the redirect's target: its path and query, and every header as "name: value".</summary>
    public ConcurrentQueue<string> Reached { get; } = new();

    public static async Task<RedirectTrap> StartAsync()
    {
        var trap = new RedirectTrap();
        Uri targetUrl;
        (trap._target, targetUrl) = await LoopbackApp.StartAsync(app => app.Run(context =>
        {
            trap.Reached.Enqueue(context.Request.Path + context.Request.QueryString + "\n"
                + string.Join("\n", context.Request.Headers.Select(h => h.Key + ": " + h.Value)));
            return context.Response.WriteAsync("{}");
        }));
        (trap._redirector, trap.Url) = await LoopbackApp.StartAsync(app => app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = new Uri(targetUrl, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString).ToString();
            return Task.CompletedTask;
        }));
        return trap;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in new[] { _redirector, _target })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }
}
