using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace Sextant.Emulator.Streams;

/// <summary>
/// One accepted WebSocket: messages are queued (bounded, 10,000; a client that falls that far behind is dropped, as
/// venues drop slow clients) and sent by one loop, so publishers never block on the network.
/// </summary>
internal sealed class StreamConnection(WebSocket socket, string topic, bool binary)
{
    private readonly Channel<(string Text, Action<long>? Sent)> _outbox = Channel.CreateBounded<(string, Action<long>?)>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
    private readonly object _sync = new();
    private string? _held;

    /// <summary>Which stream this is: <c>binance-user</c>, <c>binance-market</c>, <c>alpaca-trading</c> or <c>alpaca-data</c>.</summary>
    public string Topic { get; } = topic;

    /// <summary>Stream names (Binance) or symbols (Alpaca bars) the client listens to; guarded by itself.</summary>
    public HashSet<string> Subscriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Set once the client authenticated (Alpaca streams).</summary>
    public bool Authenticated { get; set; }

    /// <summary>Set once the client asked for trade updates (Alpaca trading stream).</summary>
    public bool Listening { get; set; }

    /// <summary>For a combined Binance stream: wrap payloads in <c>{"stream","data"}</c>.</summary>
    public bool Combined { get; init; }

    public WebSocket Socket { get; } = socket;

    /// <summary>Queues a message; with <paramref name="reorder"/> the message is held and sent after the next one.</summary>
    public void Enqueue(string message, bool duplicate, bool reorder) => Enqueue(message, duplicate, reorder, null);

    /// <summary>Queues a message; <paramref name="sent"/> hears the timestamp at which it was handed to the socket.</summary>
    public void Enqueue(string message, bool duplicate, bool reorder, Action<long>? sent)
    {
        lock (_sync)
        {
            if (reorder && _held is null)
            {
                _held = message;
                return;
            }

            Write(message, sent);
            if (duplicate)
            {
                Write(message, null);
            }

            if (_held is { } held)
            {
                _held = null;
                Write(held, null);
            }
        }
    }

    /// <summary>Sends queued messages until the socket closes or <paramref name="cancellationToken"/> fires.</summary>
    public async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        var type = binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text;
        var buffer = new byte[4096]; // reused: one send at a time
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var length = Encoding.UTF8.GetMaxByteCount(message.Text.Length);
                if (length > buffer.Length)
                {
                    buffer = new byte[Math.Max(length, buffer.Length * 2)];
                }

                length = Encoding.UTF8.GetBytes(message.Text, buffer);
                message.Sent?.Invoke(System.Diagnostics.Stopwatch.GetTimestamp());
                await Socket.SendAsync(buffer.AsMemory(0, length), type, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the client went away or the emulator is stopping
        }
    }

    /// <summary>Drops the connection without a close handshake, like a network failure.</summary>
    public void Abort()
    {
        _outbox.Writer.TryComplete();
        Socket.Abort();
    }

    public void Complete() => _outbox.Writer.TryComplete();

    private void Write(string message, Action<long>? sent)
    {
        if (!_outbox.Writer.TryWrite((message, sent)))
        {
            Abort();
        }
    }
}
