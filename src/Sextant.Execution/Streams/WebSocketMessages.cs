using System.Net.WebSockets;
using System.Text;

namespace Sextant.Execution.Streams;

/// <summary>Whole text messages (binary frames are decoded as UTF-8 too) over a WebSocket; shared by every venue stream.</summary>
public static class WebSocketMessages
{
    /// <summary>Calls <paramref name="onText"/> with each complete message; returns when the venue closes the socket.</summary>
    public static async Task ReceiveAsync(ClientWebSocket socket, Action<string> onText, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(onText);
        while (await ReceiveOneAsync(socket, stopping).ConfigureAwait(false) is { } text)
        {
            onText(text);
        }
    }

    /// <summary>The next complete message, or null when the venue closed the socket.</summary>
    public static async Task<string?> ReceiveOneAsync(ClientWebSocket socket, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, stopping).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }

        return null;
    }

    /// <summary>Sends one text message.</summary>
    public static Task SendAsync(ClientWebSocket socket, string text, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, stopping);
    }
}
