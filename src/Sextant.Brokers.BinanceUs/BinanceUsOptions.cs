using Sextant.Config.Schema;
using Sextant.Core.Instruments;

namespace Sextant.Brokers.BinanceUs;

/// <summary>Where and how the Binance US adapter connects. The key and secret are held here only and never printed (see <see cref="ToString"/>).</summary>
public sealed class BinanceUsOptions
{
    /// <summary>The public REST base URL.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.binance.us/");

    /// <summary>The public WebSocket base URL.</summary>
    public static readonly Uri DefaultStreamUrl = new("wss://stream.binance.us:9443/");

    /// <summary>Creates options; <paramref name="apiKey"/> and <paramref name="apiSecret"/> are case-sensitive.</summary>
    public BinanceUsOptions(string apiKey, string apiSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        ArgumentException.ThrowIfNullOrEmpty(apiSecret);
        ApiKey = apiKey;
        ApiSecret = apiSecret;
    }

    private BinanceUsOptions()
    {
        ApiKey = string.Empty;
        ApiSecret = "public-market-data-never-signs"; // the signer needs a key; public calls are never signed
    }

    /// <summary>Options for public market data only (klines): no key is sent and nothing can be signed.</summary>
    public static BinanceUsOptions PublicData(Uri baseUrl, TimeSpan timeout) => new() { BaseUrl = baseUrl, Timeout = timeout };

    /// <summary>The broker's id. Default <c>binanceus</c>.</summary>
    public BrokerId Id { get; init; } = new("binanceus");

    /// <summary>REST base URL. Default <see cref="DefaultBaseUrl"/>.</summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>WebSocket base URL (the user-data stream is <c>ws/&lt;listenKey&gt;</c> under it). Default <see cref="DefaultStreamUrl"/>.</summary>
    public Uri StreamUrl { get; init; } = DefaultStreamUrl;

    /// <summary>The API key (sent in <c>X-MBX-APIKEY</c>).</summary>
    public string ApiKey { get; }

    /// <summary>The API secret (HMAC key; never sent).</summary>
    public string ApiSecret { get; }

    /// <summary>How long a signed request stays valid at the venue. Default 5 s, at most 60 s.</summary>
    public TimeSpan RecvWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one REST call; a submit that times out has an unknown outcome. Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait before reconnecting a dropped user-data stream. Default 1 s.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Listen-key keep-alive period; the venue expires a key after 60 minutes without one. Default 30 min.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Open the user-data stream on start (execution reports as events). Default true.</summary>
    public bool UseUserDataStream { get; init; } = true;

    /// <summary>Options from a <c>brokers:</c> entry; the stream URL defaults to the base URL with a ws/wss scheme when only the base URL is set (the emulator serves both on one port).</summary>
    public static BinanceUsOptions FromConfig(string name, BrokerConfig config, string apiKey, string apiSecret)
    {
        ArgumentNullException.ThrowIfNull(config);
        var baseUrl = config.BaseUrl is { } b ? new Uri(b.EndsWith('/') ? b : b + "/") : DefaultBaseUrl;
        var streamUrl = config.StreamUrl is { } s ? new Uri(s.EndsWith('/') ? s : s + "/")
            : config.BaseUrl is not null ? new UriBuilder(baseUrl) { Scheme = baseUrl.Scheme == "https" ? "wss" : "ws" }.Uri
            : DefaultStreamUrl;
        return new BinanceUsOptions(apiKey, apiSecret)
        {
            Id = new BrokerId(name),
            BaseUrl = baseUrl,
            StreamUrl = streamUrl,
            RecvWindow = config.RecvWindow,
            Timeout = config.Timeout,
        };
    }

    /// <summary>The URLs and timings; never the key or the secret.</summary>
    public override string ToString() => $"BinanceUsOptions({Id}, {BaseUrl}, {StreamUrl}, recvWindow {RecvWindow}, key and secret hidden)";
}
