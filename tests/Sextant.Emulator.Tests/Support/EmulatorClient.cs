using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Sextant.Emulator.Tests.Support;

/// <summary>A bare HTTP client for the emulator, written from the venues' docs (no Sextant adapter code), so the tests check the wire format.</summary>
internal sealed class EmulatorClient : IAsyncDisposable
{
    private EmulatorClient(EmulatorHost host)
    {
        Host = host;
        Http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    public EmulatorHost Host { get; }

    public HttpClient Http { get; }

    public EmulatorControl Control => Host.Control;

    public static async Task<EmulatorClient> StartAsync(EmulatorOptions? options = null) =>
        new(await EmulatorHost.StartAsync(options ?? new EmulatorOptions { Port = 0, Speed = 0 }));

    public static string Sign(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    /// <summary>A signed Binance request with the parameters in the query string.</summary>
    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SignedAsync(HttpMethod method, string path, string parameters, long? timestamp = null)
    {
        var query = $"{parameters}{(parameters.Length > 0 ? "&" : string.Empty)}timestamp={timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}";
        query += "&signature=" + Sign(Host.Options.Secret, query);
        return await SendAsync(new HttpRequestMessage(method, path + "?" + query), binanceKey: true);
    }

    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request, bool binanceKey = false, bool alpacaKeys = false)
    {
        if (binanceKey)
        {
            request.Headers.Add("X-MBX-APIKEY", Host.Options.Key);
        }

        if (alpacaKeys)
        {
            request.Headers.Add("APCA-API-KEY-ID", Host.Options.Key);
            request.Headers.Add("APCA-API-SECRET-KEY", Host.Options.Secret);
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public async Task<ClientWebSocket> ConnectAsync(string path)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(Host.StreamUrl, path), CancellationToken.None);
        return socket;
    }

    public static async Task SendTextAsync(ClientWebSocket socket, string text) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or throws after 5 s.</summary>
    public static async Task<(JsonNode Message, WebSocketMessageType Type)> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var buffer = new byte[64 * 1024];
        using var all = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            all.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return (JsonNode.Parse(all.ToArray())!, result.MessageType);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
