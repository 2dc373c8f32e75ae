using Sextant.Config.Schema;
using Sextant.Core.Instruments;

namespace Sextant.Brokers.Alpaca;

/// <summary>Where and how the Alpaca adapter connects. Paper and live use separate key pairs; the key and secret are never printed (see <see cref="ToString"/>).</summary>
public sealed class AlpacaOptions
{
    /// <summary>The paper trading URL.</summary>
    public static readonly Uri PaperUrl = new("https://paper-api.alpaca.markets/");

    /// <summary>The live trading URL.</summary>
    public static readonly Uri LiveUrl = new("https://api.alpaca.markets/");

    /// <summary>Creates options for a key pair (case-sensitive).</summary>
    public AlpacaOptions(string apiKey, string apiSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        ArgumentException.ThrowIfNullOrEmpty(apiSecret);
        ApiKey = apiKey;
        ApiSecret = apiSecret;
    }

    /// <summary>The broker's id. Default <c>alpaca</c>.</summary>
    public BrokerId Id { get; init; } = new("alpaca");

    /// <summary>Trading REST base URL. Default <see cref="PaperUrl"/>.</summary>
    public Uri BaseUrl { get; init; } = PaperUrl;

    /// <summary>WebSocket base URL of the trading stream (<c>stream</c> under it). Default: the base URL with a wss scheme.</summary>
    public Uri? StreamUrl { get; init; }

    /// <summary>Sent in <c>APCA-API-KEY-ID</c>.</summary>
    public string ApiKey { get; }

    /// <summary>Sent in <c>APCA-API-SECRET-KEY</c>.</summary>
    public string ApiSecret { get; }

    /// <summary>Timeout of one REST call. Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait before reconnecting a dropped stream. Default 1 s.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Open the trade_updates stream on start. Default true.</summary>
    public bool UseStream { get; init; } = true;

    /// <summary>Equity orders while the market is closed: hold (send; the venue queues them) or reject (MarketClosed). Default hold.</summary>
    public MarketClosedPolicy MarketClosed { get; init; } = MarketClosedPolicy.Hold;

    /// <summary>The stream URL in use.</summary>
    public Uri EffectiveStreamUrl => StreamUrl ?? new UriBuilder(BaseUrl) { Scheme = BaseUrl.Scheme == "https" ? "wss" : "ws" }.Uri;

    /// <summary>Options from a <c>brokers:</c> entry: paper or live URL by mode unless <c>base_url</c> is set.</summary>
    public static AlpacaOptions FromConfig(string name, BrokerConfig config, string apiKey, string apiSecret)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new AlpacaOptions(apiKey, apiSecret)
        {
            Id = new BrokerId(name),
            BaseUrl = config.BaseUrl is { } b ? new Uri(b.EndsWith('/') ? b : b + "/") : config.Mode == BrokerMode.Live ? LiveUrl : PaperUrl,
            StreamUrl = config.StreamUrl is { } s ? new Uri(s.EndsWith('/') ? s : s + "/") : null,
            Timeout = config.Timeout,
            MarketClosed = config.MarketClosed,
        };
    }

    /// <summary>The URLs and policy; never the key or the secret.</summary>
    public override string ToString() => $"AlpacaOptions({Id}, {BaseUrl}, market closed: {MarketClosed}, key and secret hidden)";
}
