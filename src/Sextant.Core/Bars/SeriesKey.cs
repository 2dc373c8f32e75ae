using Sextant.Core.Instruments;

namespace Sextant.Core.Bars;

/// <summary>Identifies one bar series: where it traded (venue, e.g. <c>binance</c>, <c>binanceus</c>, <c>lean</c>), what, and the bar length.</summary>
public readonly record struct SeriesKey(VenueId Venue, Symbol Symbol, BarInterval Interval)
{
    /// <summary>"binance/BTCUSDT/1m".</summary>
    public override string ToString() => $"{Venue}/{Symbol}/{Interval}";
}
