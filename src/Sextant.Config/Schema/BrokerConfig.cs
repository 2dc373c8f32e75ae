using Sextant.Config.Validation;
using Sextant.Core.Instruments;

namespace Sextant.Config.Schema;

/// <summary>The venues Sextant has adapters for.</summary>
public enum BrokerType
{
    /// <summary>Binance.US spot (crypto).</summary>
    Binanceus,

    /// <summary>Alpaca (US equities).</summary>
    Alpaca,

    /// <summary>The simulated venue only.</summary>
    Simulated,
}

/// <summary>Whether a broker trades for real.</summary>
public enum BrokerMode
{
    /// <summary>No real orders (default).</summary>
    Paper,

    /// <summary>Real orders; the run also needs <c>engine.mode: live</c> and <c>--live</c>.</summary>
    Live,
}

/// <summary>Who fills paper orders.</summary>
public enum PaperVenue
{
    /// <summary>Sextant's simulated venue on live market data (default).</summary>
    Simulated,

    /// <summary>The broker's own paper endpoint (Alpaca paper); needs keys.</summary>
    Broker,
}

/// <summary>What an equity broker does with an order while the market is closed.</summary>
public enum MarketClosedPolicy
{
    /// <summary>Send it; the venue holds it until the next open (Alpaca queues day orders) (default).</summary>
    Hold,

    /// <summary>Do not send it; reject it at once with reason MarketClosed.</summary>
    Reject,
}

/// <summary>One entry of <c>brokers:</c>. Keys are never in YAML: <c>api_key_env</c> and <c>api_secret_env</c> name environment variables.</summary>
public sealed record BrokerConfig
{
    /// <summary>binanceus, alpaca or simulated. Default: the entry's name when it is one of those.</summary>
    public BrokerType? Type { get; init; }

    /// <summary>Use this broker. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Asset classes routed to this broker; each asset class goes to one broker. Default none.</summary>
    public IReadOnlyList<AssetClass> AssetClasses { get; init; } = [];

    /// <summary>paper (default) or live.</summary>
    public BrokerMode Mode { get; init; } = BrokerMode.Paper;

    /// <summary>Who fills paper orders: simulated (default) or broker.</summary>
    public PaperVenue PaperVenue { get; init; } = PaperVenue.Simulated;

    /// <summary>Name of the environment variable holding the API key.</summary>
    public string? ApiKeyEnv { get; init; }

    /// <summary>Name of the environment variable holding the API secret.</summary>
    public string? ApiSecretEnv { get; init; }

    /// <summary>REST base URL; default the venue's public URL (paper or live as the mode says).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>WebSocket base URL; default the venue's public URL.</summary>
    public string? StreamUrl { get; init; }

    /// <summary>Timeout of one REST call. Default 10s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Binance <c>recvWindow</c>: how long a signed request stays valid. Default 5s, at most 60s.</summary>
    public TimeSpan RecvWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Equity orders while the market is closed (Alpaca's <c>/v2/clock</c>): hold (default, the venue queues them until the open) or reject (RejectReason.MarketClosed, nothing sent).</summary>
    public MarketClosedPolicy MarketClosed { get; init; } = MarketClosedPolicy.Hold;

    /// <summary>Cash of the simulated account, in the quote asset. Default 100000.</summary>
    public decimal StartingCash { get; init; } = 100_000m;

    /// <summary>Asset that cash and PnL are counted in. Default USD.</summary>
    public string QuoteAsset { get; init; } = "USD";

    /// <summary>The broker type, taking the entry's name when <see cref="Type"/> is not set.</summary>
    public BrokerType? ResolveType(string name) =>
        Type ?? (Enum.TryParse<BrokerType>(name, ignoreCase: true, out var type) ? type : null);

    /// <summary>True when this broker cannot run without keys: live mode, or paper on the broker's own endpoint.</summary>
    public bool NeedsCredentials(string name) =>
        ResolveType(name) != BrokerType.Simulated && (Mode == BrokerMode.Live || PaperVenue == PaperVenue.Broker);

    /// <summary>Every problem in this entry; <paramref name="name"/> is its key under <c>brokers:</c>.</summary>
    public IEnumerable<ConfigProblem> Validate(string path, string name)
    {
        if (ResolveType(name) is null)
        {
            yield return new(Check.Path(path, "type"), $"is required because '{name}' is not a known broker name; allowed: binanceus, alpaca, simulated");
        }

        if (Enabled && AssetClasses.Count == 0)
        {
            yield return new(Check.Path(path, "asset_classes"), "needs at least one of: crypto, equity (or set enabled: false)");
        }

        if (Enabled && PaperVenue == PaperVenue.Broker && ResolveType(name) is { } venue && BaseUrl is null && venue != BrokerType.Alpaca)
        {
            yield return new(Check.Path(path, "paper_venue"), venue == BrokerType.Simulated
                ? "broker needs a venue with an API; the simulated broker has none (use paper_venue: simulated)"
                : "broker needs a paper endpoint, and Binance US has none; set base_url to a test venue (such as sextant emulator) or use paper_venue: simulated");
        }

        if (NeedsCredentials(name))
        {
            if (string.IsNullOrWhiteSpace(ApiKeyEnv))
            {
                yield return new(Check.Path(path, "api_key_env"), "must name the environment variable that holds the API key");
            }

            if (string.IsNullOrWhiteSpace(ApiSecretEnv))
            {
                yield return new(Check.Path(path, "api_secret_env"), "must name the environment variable that holds the API secret");
            }
        }

        foreach (var problem in Check.All(
            Urls.Check(Check.Path(path, "base_url"), BaseUrl, "http", "https"),
            Urls.Check(Check.Path(path, "stream_url"), StreamUrl, "ws", "wss"),
            Check.Positive(Check.Path(path, "timeout"), Timeout),
            RecvWindow <= TimeSpan.Zero || RecvWindow > TimeSpan.FromSeconds(60)
                ? new ConfigProblem(Check.Path(path, "recv_window"), "must be above 0s and at most 60s (the Binance limit)")
                : null,
            Check.NotNegative(Check.Path(path, "starting_cash"), StartingCash),
            Check.Required(Check.Path(path, "quote_asset"), QuoteAsset)))
        {
            yield return problem;
        }
    }
}
