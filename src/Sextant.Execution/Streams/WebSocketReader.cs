using System.Net.WebSockets;
using System.Runtime.CompilerServices;

namespace Sextant.Execution.Streams;

/// <summary>
/// Whole WebSocket messages read into one buffer that is reused (and grown when a message needs more, up to 16 MiB), so a
/// stream costs no allocation per message: every kline and execution report used to take a fresh 16 KB buffer, a memory
/// stream and a string, and the collections they caused landed on orders in flight. A message's bytes are valid until the
/// next receive. One reader per socket; not thread-safe. Shared by every venue stream (<see cref="WebSocketMessages"/> too).
/// </summary>
public sealed class WebSocketReader
{
    private const int MaxMessage = 16 * 1024 * 1024;
    private byte[] _buffer = new byte[4096];

    /// <summary>The next complete message (text or binary), or null when the venue closed the socket.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<ReadOnlyMemory<byte>?> ReceiveAsync(WebSocket socket, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var length = 0;
        while (socket.State == WebSocketState.Open)
        {
            if (length == _buffer.Length)
            {
                if (length >= MaxMessage)
                {
                    throw new WebSocketException($"a message longer than {MaxMessage / (1024 * 1024)} MiB");
                }

                Array.Resize(ref _buffer, length * 2);
            }

            var result = await socket.ReceiveAsync(_buffer.AsMemory(length), stopping).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return _buffer.AsMemory(0, length);
            }
        }

        return null;
    }
}
