using System.Globalization;

namespace Sextant.Backtest.Reports;

/// <summary>How reports and tables show statistics: fractions as percentages with two decimals, ratios with two decimals, undefined values as n/a.</summary>
public static class Format
{
    /// <summary>0.0512 → "5.12%"; NaN → "n/a".</summary>
    public static string Percent(double fraction) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "n/a";

    /// <summary>1.234 → "1.23"; +∞ → "∞"; NaN → "n/a".</summary>
    public static string Ratio(double value) =>
        double.IsFinite(value) ? value.ToString("F2", CultureInfo.InvariantCulture) : double.IsPositiveInfinity(value) ? "∞" : "n/a";

    /// <summary>A time for people: <c>2023-04-01 12:34</c> (UTC; seconds only when not zero).</summary>
    public static string Time(Core.Time.UnixNanos time)
    {
        var t = time.ToDateTimeOffset();
        return t.ToString(t.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
    }
}
