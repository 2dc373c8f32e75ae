using Sextant.Core.Time;

namespace Sextant.Data.Calendar;

/// <summary>
/// The NYSE trading-day calendar: weekdays that are not an exchange holiday (by the exchange's rules, 1990 onward) or one
/// of the special closures listed in <see cref="SpecialClosures"/>. Reproduces every trading day of the bundled SPY daily
/// bars 1998-01-02 to 2021-03-31 (a test checks it). Dates are New York calendar dates.
/// </summary>
public static partial class UsEquityCalendar
{
    /// <summary>America/New_York, the exchange's time zone.</summary>
    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The regular session's open, 09:30 New York.</summary>
    public static TimeOnly RegularOpen { get; } = new(9, 30);

    /// <summary>The regular session's close, 16:00 New York (early closes are not modelled).</summary>
    public static TimeOnly RegularClose { get; } = new(16, 0);

    /// <summary>Whole-day closures not given by the holiday rules: 9/11, national days of mourning, Hurricane Sandy.</summary>
    public static IReadOnlySet<DateOnly> SpecialClosures { get; } = new HashSet<DateOnly>
    {
        new(1994, 4, 27), // Nixon, day of mourning
        new(2001, 9, 11), new(2001, 9, 12), new(2001, 9, 13), new(2001, 9, 14), // September 11
        new(2004, 6, 11), // Reagan
        new(2007, 1, 2), // Ford
        new(2012, 10, 29), new(2012, 10, 30), // Hurricane Sandy
        new(2018, 12, 5), // G. H. W. Bush
        new(2025, 1, 9), // Carter
    };

    /// <summary>True when the exchange is open on <paramref name="date"/> (any session, early closes included).</summary>
    public static bool IsTradingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date) && !SpecialClosures.Contains(date);

    /// <summary>The first trading day after <paramref name="date"/>.</summary>
    public static DateOnly NextTradingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsTradingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>Trading days strictly between <paramref name="after"/> and <paramref name="before"/> (0 for consecutive trading days).</summary>
    public static int TradingDaysBetween(DateOnly after, DateOnly before)
    {
        var count = 0;
        for (var d = after.AddDays(1); d < before; d = d.AddDays(1))
        {
            if (IsTradingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The New York calendar date of <paramref name="time"/>.</summary>
    public static DateOnly DateOf(UnixNanos time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.ToDateTimeOffset(), NewYork).DateTime);

    /// <summary>00:00 New York on <paramref name="date"/>, as an instant (the open time of that day's daily bar).</summary>
    public static UnixNanos StartOf(DateOnly date) => UnixNanos.FromDateTimeOffset(At(date, TimeOnly.MinValue));

    /// <summary><paramref name="time"/> New York on <paramref name="date"/>, as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, NewYork.GetUtcOffset(local));
    }

    /// <summary>
    /// Regular-session time (09:30 to 16:00 New York on trading days) between <paramref name="from"/> and
    /// <paramref name="to"/>: how long an equity series has really been without bars. Nights, weekends and holidays count
    /// zero; early closes (13:00) are not modelled and count to 16:00. At most the last 400 days are walked.
    /// </summary>
    public static TimeSpan SessionTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, NewYork).DateTime);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, NewYork).DateTime);
        if (last.DayNumber - day.DayNumber > 400)
        {
            day = last.AddDays(-400);
        }

        var total = TimeSpan.Zero;
        for (; day <= last; day = day.AddDays(1))
        {
            if (!IsTradingDay(day))
            {
                continue;
            }

            var open = At(day, RegularOpen);
            var close = At(day, RegularClose);
            var start = from > open ? from : open;
            var end = to < close ? to : close;
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }
}
