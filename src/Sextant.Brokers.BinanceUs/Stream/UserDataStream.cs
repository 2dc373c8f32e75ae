using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Sextant.Brokers.BinanceUs.Rest;
using Sextant.Execution.Streams;

namespace Sextant.Brokers.BinanceUs.Stream;

/// <summary>
/// The user-data stream: a listen key (POST /api/v3/userDataStream, renewed with PUT every <see cref="BinanceUsOptions.KeepAliveInterval"/>
/// on a <see cref="TimeProvider"/> timer), a WebSocket to <c>ws/&lt;listenKey&gt;</c>, and reconnects after any drop. After
/// every reconnect <c>onReconnected</c> runs, so fills missed while the stream was down are fetched over REST.
/// </summary>
internal sealed class UserDataStream(
    BinanceUsOptions options, BinanceRestClient rest, TimeProvider time, ILogger logger,
    StreamMessageHandler onMessage, Func<CancellationToken, Task> onReconnected) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstConnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ITimer? _keepAlive;
    private Task _loop = Task.CompletedTask;
    private volatile string? _listenKey;
    private volatile ClientWebSocket? _socket;
    private int _connections;

    public int Connections => Volatile.Read(ref _connections);

    private string Broker => options.Id.Value;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        _keepAlive = time.CreateTimer(_ => _ = KeepAliveAsync(), null, options.KeepAliveInterval, options.KeepAliveInterval);
        await _firstConnect.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _keepAlive?.Dispose();
        _socket?.Abort();
        await _loop.ConfigureAwait(false);
        if (_listenKey is { } key)
        {
            using var close = new CancellationTokenSource(options.Timeout);
            await rest.PublicAsync(HttpMethod.Delete, "api/v3/userDataStream", [("listenKey", key)], close.Token).ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                _listenKey ??= rest.Require(await rest.PublicAsync(HttpMethod.Post, "api/v3/userDataStream", [], stopping).ConfigureAwait(false), "POST /api/v3/userDataStream")["listenKey"]!.GetValue<string>();
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(new Uri(options.StreamUrl, "ws/" + _listenKey), stopping).ConfigureAwait(false);
                _socket = socket;
                var connection = Interlocked.Increment(ref _connections);
                Log.StreamConnected(logger, Broker, connection);
                if (connection > 1)
                {
                    await onReconnected(stopping).ConfigureAwait(false);
                }

                _firstConnect.TrySetResult();
                await ReceiveAsync(socket, stopping).ConfigureAwait(false);
                Log.StreamLost(logger, Broker, "closed by the venue", options.ReconnectDelay);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested && ex is WebSocketException or HttpRequestException or IOException or Core.Errors.BrokerException or OperationCanceledException)
            {
                Log.StreamLost(logger, Broker, ex.GetType().Name + ": " + ex.Message, options.ReconnectDelay);
                if (ex is Core.Errors.BrokerException { IsTransient: false } && Connections == 0)
                {
                    _firstConnect.TrySetException(ex);
                }
            }
#pragma warning disable CA1031 // Once disposing has begun, whatever the loop was doing (a read, a reconnect's resync) is moot.
            catch (Exception) when (stopping.IsCancellationRequested)
#pragma warning restore CA1031
            {
                break; // disposing aborted the socket, or cut a resync short (a banned venue refuses it at once)
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

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken stopping)
    {
        var reader = new WebSocketReader();
        while (await reader.ReceiveAsync(socket, stopping).ConfigureAwait(false) is { } message)
        {
            try
            {
                onMessage(message.Span);
            }
#pragma warning disable CA1031 // One bad message must not end the stream; it is logged and the next one is read.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.BadMessage(logger, Broker, ex.GetType().Name + ": " + ex.Message);
            }
        }
    }

    private async Task KeepAliveAsync()
    {
        if (_listenKey is not { } key)
        {
            return;
        }

        try
        {
            var response = await rest.PublicAsync(HttpMethod.Put, "api/v3/userDataStream", [("listenKey", key)], _stopping.Token).ConfigureAwait(false);
            if (response is { Outcome: CallOutcome.VenueError, Code: -1125 })
            {
                // The key expired: get a new one and reconnect (the resync covers the gap).
                _listenKey = null;
                _socket?.Abort();
            }
            else if (!response.IsOk)
            {
                Log.KeepAliveFailed(logger, Broker, response.Message);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}

/// <summary>Hears one stream message as its UTF-8 bytes, valid only during the call.</summary>
internal delegate void StreamMessageHandler(ReadOnlySpan<byte> message);
