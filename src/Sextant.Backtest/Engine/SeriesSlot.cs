using System.Runtime.InteropServices;
using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Backtest.Engine;

/// <summary>One series replayed: its times and closes (the arrays behind the series, for the hot loop), the replay cursor, and where its bars go (venue index and portfolio index of its broker; the venue reads the rest of a bar from the series itself).</summary>
internal sealed class SeriesSlot(BarSeries series, BrokerSlot broker, int venueIndex, int portfolioIndex)
{
    public BarSeries Series { get; } = series;

    public BrokerSlot Broker { get; } = broker;

    public Sextant.Brokers.Simulated.Venue.SimulatedVenue Venue { get; } = broker.Venue;

    public Sextant.Portfolio.Portfolio Portfolio { get; } = broker.Portfolio;

    public int VenueIndex { get; } = venueIndex;

    public int PortfolioIndex { get; } = portfolioIndex;

    public int Count { get; } = series.Count;

    public UnixNanos[] Times { get; } = ArrayOf(series.TimesMemory);

    public double[] Close { get; } = ArrayOf(series.CloseMemory);

    /// <summary>True when the series has a bar at every row of the run (its bars are the timeline): the cursor is the row, no time needs reading.</summary>
    public bool Dense { get; init; }

    public int Cursor { get; set; }

    public double LastClose { get; set; } = double.NaN;

    private static T[] ArrayOf<T>(ReadOnlyMemory<T> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Array is { } array ? array : memory.ToArray();
}
