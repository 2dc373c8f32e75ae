using System.Globalization;
using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Data.Store;

/// <summary>
/// The time span one partition file holds: a calendar month (UTC) for bars shorter than an hour, a calendar year otherwise.
/// A month of 1-minute bars is about 44,640 rows; a year of hourly bars about 8,760.
/// </summary>
internal readonly record struct Period(UnixNanos Start, UnixNanos End, string Name)
{
    public TimeRange Range => new(Start, End);

    public static bool IsMonthly(BarInterval interval) => interval.Duration < TimeSpan.FromHours(1);

    public static Period Of(BarInterval interval, UnixNanos time)
    {
        var t = time.ToDateTimeOffset();
        if (IsMonthly(interval))
        {
            var start = new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero);
            return new Period(UnixNanos.FromDateTimeOffset(start), UnixNanos.FromDateTimeOffset(start.AddMonths(1)), start.ToString("yyyy'-'MM", CultureInfo.InvariantCulture));
        }

        var year = new DateTimeOffset(t.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new Period(UnixNanos.FromDateTimeOffset(year), UnixNanos.FromDateTimeOffset(year.AddYears(1)), year.ToString("yyyy", CultureInfo.InvariantCulture));
    }

    /// <summary>Parses a file name stem (<c>2023-03</c> or <c>2023</c>) written for <paramref name="interval"/>; null when it is not one.</summary>
    public static Period? TryParse(BarInterval interval, string name)
    {
        var format = IsMonthly(interval) ? "yyyy'-'MM" : "yyyy";
        return DateTimeOffset.TryParseExact(name, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            ? Of(interval, UnixNanos.FromDateTimeOffset(start))
            : null;
    }
}
