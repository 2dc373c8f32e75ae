using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>Remote market-data source kinds.</summary>
public enum DataSourceType
{
    /// <summary>Binance.US REST klines and WebSocket kline streams.</summary>
    Binanceus,

    /// <summary>Alpaca market data REST and stream.</summary>
    Alpaca,
}

/// <summary>Alpaca data feed.</summary>
public enum AlpacaFeed
{
    /// <summary>IEX (free plan; default).</summary>
    Iex,

    /// <summary>All US exchanges (paid plan).</summary>
    Sip,
}

/// <summary>Price adjustment of equity bars: Alpaca's <c>adjustment</c> request parameter, and <c>data.adjustment</c>.</summary>
public enum PriceAdjustment
{
    /// <summary>As traded (default).</summary>
    Raw,

    /// <summary>Adjusted for splits.</summary>
    Split,

    /// <summary>Adjusted for dividends.</summary>
    Dividend,

    /// <summary>Adjusted for splits and dividends.</summary>
    All,
}

/// <summary>One entry of <c>data.sources:</c>.</summary>
public sealed record DataSourceConfig : IValidatable
{
    /// <summary>binanceus or alpaca. Required.</summary>
    public DataSourceType? Type { get; init; }

    /// <summary>REST base URL; default the venue's public URL.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>WebSocket base URL; default the venue's public URL.</summary>
    public string? StreamUrl { get; init; }

    /// <summary>Alpaca feed: iex (default) or sip.</summary>
    public AlpacaFeed Feed { get; init; } = AlpacaFeed.Iex;

    /// <summary>Alpaca adjustment: raw (default), split, dividend or all.</summary>
    public PriceAdjustment Adjustment { get; init; } = PriceAdjustment.Raw;

    /// <summary>Environment variable with the API key (Alpaca data needs one).</summary>
    public string? ApiKeyEnv { get; init; }

    /// <summary>Environment variable with the API secret.</summary>
    public string? ApiSecretEnv { get; init; }

    /// <summary>Timeout of one REST call. Default 10s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        Type is null ? new ConfigProblem(Check.Path(path, "type"), "is required; allowed: binanceus, alpaca") : null,
        Urls.Check(Check.Path(path, "base_url"), BaseUrl, "http", "https"),
        Urls.Check(Check.Path(path, "stream_url"), StreamUrl, "ws", "wss"),
        Check.Positive(Check.Path(path, "timeout"), Timeout));
}
