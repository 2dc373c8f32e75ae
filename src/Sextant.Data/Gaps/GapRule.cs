namespace Sextant.Data.Gaps;

/// <summary>Which definition of a gap applies to a series (see <see cref="SeriesGaps"/>).</summary>
public enum GapRule
{
    /// <summary>Markets open around the clock (crypto, and venues of unknown asset class): any spacing longer than the interval.</summary>
    Continuous,

    /// <summary>US equity bars of a day or longer: an NYSE trading day with no bar.</summary>
    TradingDays,

    /// <summary>US equity bars under a day: a missing bar inside one regular session (09:30–16:00 New York); nights, weekends and extended hours are not gaps.</summary>
    Session,
}
