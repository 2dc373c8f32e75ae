using System.Net.WebSockets;
using System.Text;

namespace Sextant.Emulator.Streams;

/// <summary>Every open WebSocket, with the stream faults: duplicate or reordered events, dropped sockets, streams refused.</summary>
internal sealed class StreamHub
{
    private readonly List<StreamConnection> _connections = [];
    private readonly object _sync = new();

    /// <summary>Send every event twice.</summary>
    public bool DuplicateEvents { get; set; }

    /// <summary>Swap each pair of events.</summary>
    public bool ReorderEvents { get; set; }

    /// <summary>Refuse new stream connections (HTTP 503) and drop open ones.</summary>
    public bool Down { get; private set; }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _connections.Count;
            }
        }
    }

    public int CountOf(string topic)
    {
        lock (_sync)
        {
            return _connections.Count(c => c.Topic == topic);
        }
    }

    public void SetDown(bool down)
    {
        Down = down;
        if (down)
        {
            DropAll();
        }
    }

    /// <summary>Sends <paramref name="message"/> to every connection <paramref name="filter"/> accepts.</summary>
    public void Publish(Func<StreamConnection, bool> filter, Func<StreamConnection, string> message, Action<long>? sent = null)
    {
        StreamConnection[] targets;
        lock (_sync)
        {
            targets = [.. _connections.Where(filter)];
        }

        foreach (var connection in targets)
        {
            connection.Enqueue(message(connection), DuplicateEvents, ReorderEvents, sent);
        }
    }

    /// <summary>Drops every open connection without a close handshake.</summary>
    public int DropAll()
    {
        StreamConnection[] all;
        lock (_sync)
        {
            all = [.. _connections];
        }

        foreach (var connection in all)
        {
            connection.Abort();
        }

        return all.Length;
    }

    /// <summary>Runs one connection: the send loop, plus <paramref name="onMessage"/> for each text message the client sends; returns when it closes.</summary>
    public async Task RunAsync(StreamConnection connection, Func<StreamConnection, string, Task> onMessage, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            _connections.Add(connection);
        }

        var sending = connection.SendLoopAsync(cancellationToken);
        try
        {
            var buffer = new byte[16 * 1024];
            var socket = connection.Socket;
            while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
            {
                using var text = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    text.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
                    break;
                }

                await onMessage(connection, Encoding.UTF8.GetString(text.ToArray())).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // dropped by the client, by a fault, or at shutdown
        }
        finally
        {
            lock (_sync)
            {
                _connections.Remove(connection);
            }

            connection.Complete();
            await sending.ConfigureAwait(false);
        }
    }
}
