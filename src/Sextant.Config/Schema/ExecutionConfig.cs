using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>Order types the execution layer sends.</summary>
public enum ExecutionOrderType
{
    /// <summary>Market orders (default).</summary>
    Market,

    /// <summary>Limit orders at the signal price moved by <c>limit_offset_bps</c>.</summary>
    Limit,
}

/// <summary>The <c>execution:</c> section: sizing and order management.</summary>
public sealed record ExecutionConfig : IValidatable
{
    /// <summary>How a signal becomes a quantity.</summary>
    public SizingConfig Sizing { get; init; } = new();

    /// <summary>market (default) or limit.</summary>
    public ExecutionOrderType OrderType { get; init; } = ExecutionOrderType.Market;

    /// <summary>Limit price offset from the signal price, in basis points (positive = more aggressive). Default 0.</summary>
    public decimal LimitOffsetBps { get; init; }

    /// <summary>Cancel working orders older than this. Default 30s.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Replace the unfilled rest of a stale order with a market order. Default true.</summary>
    public bool ReplaceWithMarket { get; init; } = true;

    /// <summary>Query an order by client id when no acknowledgement came within this. Default 10s.</summary>
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Sizing.Validate(Check.Path(path, "sizing")).Concat(Check.All(
        Check.Between(Check.Path(path, "limit_offset_bps"), LimitOffsetBps, -1000m, 1000m),
        Check.Positive(Check.Path(path, "stale_after"), StaleAfter),
        Check.Positive(Check.Path(path, "ack_timeout"), AckTimeout)));
}
