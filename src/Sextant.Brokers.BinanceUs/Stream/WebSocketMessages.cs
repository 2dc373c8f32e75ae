using System.Net.WebSockets;
using System.Text;

namespace Sextant.Brokers.BinanceUs.Stream;

/// <summary>Reads whole text messages from a WebSocket until it closes (shared by the user-data and market streams).</summary>
internal static class WebSocketMessages
{
    /// <summary>Calls <paramref name="onText"/> with each complete message; returns when the venue closes the socket.</summary>
    public static async Task ReceiveAsync(ClientWebSocket socket, Action<string> onText, CancellationToken stopping)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, stopping).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            onText(text);
        }
    }
}
