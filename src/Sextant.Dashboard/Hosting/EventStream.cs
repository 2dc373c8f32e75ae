using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sextant.Dashboard.Api;
using Sextant.Dashboard.Source;

namespace Sextant.Dashboard.Hosting;

/// <summary>
/// The server-sent event stream of one browser: the whole live view at once, then again after every change, at most
/// once per <see cref="DashboardOptions.PushInterval"/> (changes in between are coalesced into the next push), with a
/// heartbeat comment when idle. A slow browser only ever delays itself: the engine raises the change and moves on.
/// </summary>
internal static class EventStream
{
    public static async Task RunAsync(HttpContext http, IDashboardSource source, DashboardOptions options, TimeProvider time, IOptions<JsonOptions> json)
    {
        // The stream ends when the browser goes or the host stops (Ctrl-C on sextant run): an open page must not hold the shutdown.
        var stopping = http.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var ct = ended.Token;
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";

        // Capacity 1, drop oldest: however many changes happen while a push is written, one more push follows.
        var changes = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnChanged(object? sender, DashboardChangedEventArgs e) => changes.Writer.TryWrite(e.Version);
        source.Changed += OnChanged;
        try
        {
            await response.WriteAsync("retry: 2000\n\n", ct);
            await PushAsync(response, source, options, time, json.Value.SerializerOptions, ct);
            while (!ct.IsCancellationRequested)
            {
                using var idle = new CancellationTokenSource(options.Heartbeat, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, idle.Token);
                try
                {
                    await changes.Reader.WaitToReadAsync(linked.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await response.WriteAsync(": ping\n\n", ct);
                    await response.Body.FlushAsync(ct);
                    continue;
                }

                changes.Reader.TryRead(out _);
                await PushAsync(response, source, options, time, json.Value.SerializerOptions, ct);
                await Task.Delay(options.PushInterval, time, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the browser went away
        }
        finally
        {
            source.Changed -= OnChanged;
        }
    }

    private static async Task PushAsync(HttpResponse response, IDashboardSource source, DashboardOptions options, TimeProvider time, JsonSerializerOptions json, CancellationToken ct)
    {
        var state = source.Current;
        var live = Views.Live(state, source.LogTail(options.LogLines), time.GetUtcNow());
        var data = JsonSerializer.Serialize(live, json);
        await response.WriteAsync($"id: {state.Version}\nevent: state\ndata: {data}\n\n", ct);
        await response.Body.FlushAsync(ct);
    }
}
