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
        var reader = new WebSocketReader();
        while (await reader.ReceiveAsync(socket, stopping).ConfigureAwait(false) is { } message)
        {
            onText(Encoding.UTF8.GetString(message.Span));
        }
    }

    /// <summary>The next complete message, or null when the venue closed the socket.</summary>
    public static async Task<string?> ReceiveOneAsync(ClientWebSocket socket, CancellationToken stopping) =>
        await new WebSocketReader().ReceiveAsync(socket, stopping).ConfigureAwait(false) is { } message ? Encoding.UTF8.GetString(message.Span) : null;

    /// <summary>Sends one text message.</summary>
    public static Task SendAsync(ClientWebSocket socket, string text, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, stopping);
    }
}
