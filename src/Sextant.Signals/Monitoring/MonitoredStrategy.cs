using Sextant.Core.Bars;
using Sextant.Strategies;

namespace Sextant.Signals.Monitoring;

/// <summary>A strategy and the series it reads (its universe on its venue and interval, in universe order).</summary>
public sealed record MonitoredStrategy(TradingStrategy Strategy, IReadOnlyList<SeriesKey> Series)
{
    /// <summary>The bar interval of the strategy's series.</summary>
    public BarInterval Interval => Series[0].Interval;
}
