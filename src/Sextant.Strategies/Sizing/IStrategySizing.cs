using Sextant.Core.Instruments;

namespace Sextant.Strategies.Sizing;

/// <summary>How large one position of a strategy is, asked at the moment a position is opened.</summary>
public interface IStrategySizing
{
    /// <summary>The size of one position (one leg's notional, or its quantity) for <paramref name="strategy"/> now.</summary>
    PositionSize SizeFor(StrategyId strategy);
}
