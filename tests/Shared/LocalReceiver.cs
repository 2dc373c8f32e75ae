using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sextant.Tests.Shared;

/// <summary>A webhook receiver on 127.0.0.1 (any free port) that records every POST; it can answer with an error or hang, to play a broken service.</summary>
internal sealed class LocalReceiver : IAsyncDisposable
{
    private WebApplication _app = null!;

    private LocalReceiver()
    {
    }

    public ConcurrentQueue<(string Path, JsonElement Body)> Received { get; } = new();

    public Uri Url { get; private set; } = null!;

    public int Status { get; set; } = 200;

    public TimeSpan Delay { get; set; }

    public static async Task<LocalReceiver> StartAsync()
    {
        var receiver = new LocalReceiver();
        (receiver._app, receiver.Url) = await LoopbackApp.StartAsync(app => app.MapPost("/{**path}", async (HttpContext http) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
            receiver.Received.Enqueue((http.Request.Path.Value!, body));
            if (receiver.Delay > TimeSpan.Zero)
            {
                await Task.Delay(receiver.Delay, http.RequestAborted);
            }

            return Results.StatusCode(receiver.Status);
        }));
        return receiver;
    }

    public async Task<IReadOnlyList<(string Path, JsonElement Body)>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        return [.. Received];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
