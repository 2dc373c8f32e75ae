using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>The <c>risk:</c> section. A breach rejects the order with a reason; the loss and drawdown limits trip the kill switch. Null switches a limit off.</summary>
public sealed record RiskConfig : IValidatable
{
    /// <summary>Largest notional of one order, in the quote asset. Default 50000.</summary>
    public decimal? MaxOrderNotional { get; init; } = 50_000m;

    /// <summary>Largest notional of one position. Default 200000.</summary>
    public decimal? MaxPositionNotional { get; init; } = 200_000m;

    /// <summary>Most orders per minute per broker. Default 60.</summary>
    public int? MaxOrdersPerMinute { get; init; } = 60;

    /// <summary>Largest loss in one UTC day before the kill switch trips. Default off.</summary>
    public decimal? MaxDailyLoss { get; init; }

    /// <summary>Largest drawdown from the equity peak, as a fraction (0.2 = 20%). Default 0.2.</summary>
    public double? MaxDrawdown { get; init; } = 0.2;

    /// <summary>Close every position when the kill switch trips. Default false.</summary>
    public bool FlattenOnKill { get; init; }

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        MaxOrderNotional is { } order ? Check.Positive(Check.Path(path, "max_order_notional"), order) : null,
        MaxPositionNotional is { } position ? Check.Positive(Check.Path(path, "max_position_notional"), position) : null,
        MaxOrdersPerMinute is { } rate ? Check.Between(Check.Path(path, "max_orders_per_minute"), rate, 1, 100_000) : null,
        MaxDailyLoss is { } loss ? Check.Positive(Check.Path(path, "max_daily_loss"), loss) : null,
        MaxDrawdown is { } drawdown && !(drawdown > 0 && drawdown <= 1)
            ? new ConfigProblem(Check.Path(path, "max_drawdown"), $"must be a fraction above 0 and at most 1 (0.2 = 20%), was {Check.Fmt(drawdown)}")
            : null);
}
