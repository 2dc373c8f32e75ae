using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Brokers.Alpaca.Stream;
using Sextant.Tests.Shared;

namespace Sextant.Brokers.Alpaca.Tests.Stream;

/// <summary>The trading stream against a WebSocket server of the test's own on 127.0.0.1 that scripts each connection.</summary>
public sealed class TradeUpdatesStreamTests
{
    [Fact]
    public async Task Start_StreamClosedBeforeTheAuthAnswer_ReconnectsInsteadOfReportingBadCredentials()
    {
        var updates = new List<JsonNode>();
        await using var server = await ScriptedStream.StartAsync(dropFirstBeforeAuth: true);
        var options = new AlpacaOptions("key-id", "secret-key") { BaseUrl = server.BaseUrl, ReconnectDelay = TimeSpan.FromMilliseconds(20) };
        await using var sut = new TradeUpdatesStream(options, TimeProvider.System, NullLogger.Instance, u => { lock (updates) { updates.Add(u); } }, _ => Task.CompletedTask);

        await sut.StartAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, server.Connections); // the first was dropped before the auth answer, the second authorized
        Assert.Equal(1, sut.Connections);
        await server.FillSent.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntil(() => { lock (updates) { return updates.Count == 1; } });
        Assert.Equal("fill", updates[0]["event"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_AuthRefused_FailsAsNonTransient()
    {
        await using var server = await ScriptedStream.StartAsync(dropFirstBeforeAuth: false, authorize: false);
        var options = new AlpacaOptions("key-id", "secret-key") { BaseUrl = server.BaseUrl, ReconnectDelay = TimeSpan.FromMilliseconds(20) };
        await using var sut = new TradeUpdatesStream(options, TimeProvider.System, NullLogger.Instance, _ => { }, _ => Task.CompletedTask);

        var error = await Assert.ThrowsAsync<Core.Errors.BrokerException>(() => sut.StartAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.False(error.IsTransient);
        Assert.Contains("credentials", error.Message, StringComparison.Ordinal);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the update");
            await Task.Delay(10);
        }
    }

    /// <summary>A <c>/stream</c> endpoint: optionally closes the first connection before answering anything, then answers the auth (authorized or not), the listen, and sends one fill.</summary>
    private sealed class ScriptedStream : IAsyncDisposable
    {
        private readonly TaskCompletionSource _fillSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private WebApplication _app = null!;
        private int _connections;

        public Uri BaseUrl { get; private set; } = null!;

        public int Connections => Volatile.Read(ref _connections);

        public Task FillSent => _fillSent.Task;

        public static async Task<ScriptedStream> StartAsync(bool dropFirstBeforeAuth, bool authorize = true)
        {
            var self = new ScriptedStream();
            (self._app, self.BaseUrl) = await LoopbackApp.StartAsync(app =>
            {
                app.UseWebSockets();
                app.Map("/stream", async (HttpContext context) =>
                {
                    using var socket = await context.WebSockets.AcceptWebSocketAsync();
                    var connection = Interlocked.Increment(ref self._connections);
                    if (dropFirstBeforeAuth && connection == 1)
                    {
                        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "going away", CancellationToken.None);
                        return;
                    }

                    await ReceiveAsync(socket); // auth
                    var status = authorize ? "authorized" : "unauthorized";
                    await SendAsync(socket, "{\"stream\":\"authorization\",\"data\":{\"status\":\"" + status + "\",\"action\":\"authenticate\"}}");
                    if (!authorize)
                    {
                        return;
                    }

                    await ReceiveAsync(socket); // listen
                    await SendAsync(socket, """{"stream":"listening","data":{"streams":["trade_updates"]}}""");
                    await SendAsync(socket, """{"stream":"trade_updates","data":{"event":"fill","order":{"client_order_id":"x"}}}""");
                    self._fillSent.TrySetResult();
                    while (await ReceiveAsync(socket) is not null)
                    {
                    }
                });
            });
            return self;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        private static Task SendAsync(WebSocket socket, string text) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Binary, true, CancellationToken.None); // paper sends binary frames

        private static async Task<string?> ReceiveAsync(WebSocket socket)
        {
            var buffer = new byte[4096];
            try
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                return result.MessageType == WebSocketMessageType.Close ? null : Encoding.UTF8.GetString(buffer, 0, result.Count);
            }
            catch (WebSocketException)
            {
                return null;
            }
        }
    }
}
