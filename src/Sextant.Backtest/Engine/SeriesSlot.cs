using System.Runtime.InteropServices;
using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Backtest.Engine;

/// <summary>One series replayed: its bars (as the arrays behind the series, for the hot loop), the replay cursor, and where its bars go (venue index and portfolio index of its broker).</summary>
internal sealed class SeriesSlot(BarSeries series, BrokerSlot broker, int venueIndex, int portfolioIndex)
{
    public BarSeries Series { get; } = series;

    public BrokerSlot Broker { get; } = broker;

    public int VenueIndex { get; } = venueIndex;

    public int PortfolioIndex { get; } = portfolioIndex;

    public int Count { get; } = series.Count;

    public UnixNanos[] Times { get; } = ArrayOf(series.TimesMemory);

    public double[] Open { get; } = ArrayOf(series.OpenMemory);

    public double[] High { get; } = ArrayOf(series.HighMemory);

    public double[] Low { get; } = ArrayOf(series.LowMemory);

    public double[] Close { get; } = ArrayOf(series.CloseMemory);

    public double[] Volume { get; } = ArrayOf(series.VolumeMemory);

    public int Cursor { get; set; }

    public double LastClose { get; set; } = double.NaN;

    private static T[] ArrayOf<T>(ReadOnlyMemory<T> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Array is { } array ? array : memory.ToArray();
}
