using Sextant.Config.Schema;
using Sextant.Core.Instruments;

namespace Sextant.Strategies.Sizing;

/// <summary>
/// Sizing from <c>execution.sizing</c>: a fixed notional, a fixed quantity, or a percent of the equity the strategy
/// is allocated (its broker's equity × its allocation), read through <paramref name="equity"/> when a position opens.
/// </summary>
public sealed class ConfiguredSizing(SizingConfig config, Func<StrategyId, decimal> equity) : IStrategySizing
{
    /// <inheritdoc />
    public PositionSize SizeFor(StrategyId strategy) => config.Type switch
    {
        SizingType.FixedNotional => PositionSize.OfNotional(config.Notional),
        SizingType.FixedQuantity => PositionSize.OfQuantity(config.Quantity!.Value),
        _ => PositionSize.OfNotional(Math.Max(config.Percent!.Value * equity(strategy), 0.01m)),
    };
}
