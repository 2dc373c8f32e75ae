using Sextant.Core.Bars;

namespace Sextant.Backtest.Engine;

/// <summary>One series replayed: its bars, the replay cursor, and where its bars go (venue index and portfolio index of its broker).</summary>
internal sealed class SeriesSlot(BarSeries series, BrokerSlot broker, int venueIndex, int portfolioIndex)
{
    public BarSeries Series { get; } = series;

    public BrokerSlot Broker { get; } = broker;

    public int VenueIndex { get; } = venueIndex;

    public int PortfolioIndex { get; } = portfolioIndex;

    public int Cursor { get; set; }

    public double LastClose { get; set; } = double.NaN;
}
