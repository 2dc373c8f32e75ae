using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sextant.Execution.Streams;

namespace Sextant.Brokers.Alpaca.Stream;

/// <summary>
/// The trading stream: connect to <c>stream</c>, authenticate (<c>{"action":"auth","key","secret"}</c>), listen to
/// <c>trade_updates</c>; text or binary frames (paper sends binary). Reconnects after any drop and runs
/// <c>onReconnected</c> so missed fills are fetched over REST.
/// </summary>
internal sealed class TradeUpdatesStream(
    AlpacaOptions options, TimeProvider time, ILogger logger, Action<JsonNode> onUpdate, Func<CancellationToken, Task> onReconnected) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstConnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;
    private volatile ClientWebSocket? _socket;
    private int _connections;

    public int Connections => Volatile.Read(ref _connections);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        await _firstConnect.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _socket?.Abort();
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(new Uri(options.EffectiveStreamUrl, "stream"), stopping).ConfigureAwait(false);
                _socket = socket;
                var reader = new WebSocketReader();
                await SendAsync(socket, new JsonObject { ["action"] = "auth", ["key"] = options.ApiKey, ["secret"] = options.ApiSecret }, stopping).ConfigureAwait(false);
                var auth = await ReceiveAsync(reader, socket, stopping).ConfigureAwait(false)
                    ?? throw new WebSocketException("the stream closed before answering the authentication"); // a drop: reconnect
                if (auth["data"]?["status"]?.GetValue<string>() != "authorized")
                {
                    var error = new Core.Errors.BrokerException($"{options.Id} trade_updates: the venue refused the credentials", isTransient: false);
                    _firstConnect.TrySetException(error);
                    throw error;
                }

                await SendAsync(socket, new JsonObject { ["action"] = "listen", ["data"] = new JsonObject { ["streams"] = new JsonArray("trade_updates") } }, stopping).ConfigureAwait(false);
                await ReceiveAsync(reader, socket, stopping).ConfigureAwait(false);
                var connection = Interlocked.Increment(ref _connections);
                Log.StreamConnected(logger, options.Id.Value, connection);
                if (connection > 1)
                {
                    await onReconnected(stopping).ConfigureAwait(false);
                }

                _firstConnect.TrySetResult();
                while (await ReceiveAsync(reader, socket, stopping).ConfigureAwait(false) is { } message)
                {
                    Handle(message);
                }

                Log.StreamLost(logger, options.Id.Value, "closed by the venue", options.ReconnectDelay);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested && ex is WebSocketException or HttpRequestException or IOException or Core.Errors.BrokerException or OperationCanceledException)
            {
                Log.StreamLost(logger, options.Id.Value, ex.GetType().Name + ": " + ex.Message, options.ReconnectDelay);
            }
#pragma warning disable CA1031 // Once stopping has begun, whatever the loop was doing (a read, a reconnect's resync) is moot.
            catch (Exception) when (stopping.IsCancellationRequested)
#pragma warning restore CA1031
            {
                break; // stopping aborted the socket or cut a reconnect short
            }

            _socket = null;
            try
            {
                await Task.Delay(options.ReconnectDelay, time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private void Handle(JsonNode message)
    {
        try
        {
            if (message["stream"]?.GetValue<string>() == "trade_updates" && message["data"] is { } data)
            {
                onUpdate(data);
            }
        }
#pragma warning disable CA1031 // One bad message must not end the stream; it is logged and the next one is read.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.BadMessage(logger, options.Id.Value, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static Task SendAsync(ClientWebSocket socket, JsonObject message, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);

    // The next message (text or binary: paper sends binary frames), parsed from the reader's reused buffer; null when the
    // stream is closed (the caller reconnects).
    private static async Task<JsonNode?> ReceiveAsync(WebSocketReader reader, ClientWebSocket socket, CancellationToken cancellationToken) =>
        await reader.ReceiveAsync(socket, cancellationToken).ConfigureAwait(false) is { } message ? JsonNode.Parse(message.Span) : null;
}
