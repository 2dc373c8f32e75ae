namespace Sextant.Core.Bars;

/// <summary>The unit of a <see cref="BarInterval"/>; the suffix letters follow Binance (<c>m</c> minute, <c>M</c> month).</summary>
public enum BarUnit
{
    /// <summary>Seconds, suffix <c>s</c>.</summary>
    Second,

    /// <summary>Minutes, suffix <c>m</c>.</summary>
    Minute,

    /// <summary>Hours, suffix <c>h</c>.</summary>
    Hour,

    /// <summary>Days (UTC), suffix <c>d</c>.</summary>
    Day,

    /// <summary>Weeks, suffix <c>w</c>.</summary>
    Week,

    /// <summary>Calendar months, suffix <c>M</c>; counted as 30 days in <see cref="BarInterval.Duration"/>.</summary>
    Month,
}
