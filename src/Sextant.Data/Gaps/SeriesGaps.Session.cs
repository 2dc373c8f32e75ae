using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Data.Calendar;

namespace Sextant.Data.Gaps;

public static partial class SeriesGaps
{
    /// <summary>
    /// Intraday equity: bars overlapping the regular session of their New York date ([09:30, 16:00); an hourly bar stamped 09:00 covers
    /// 09:30–10:00 and counts) are compared with the previous such bar of the same date; spacing above the interval is a gap. The time
    /// zone is looked up once per New York day, not per bar.
    /// </summary>
    private static List<TimeRange> Session(ReadOnlySpan<UnixNanos> times, BarInterval interval)
    {
        var gaps = new List<TimeRange>();
        var step = interval.Duration.Ticks * 100;
        long dayStart = long.MaxValue, dayEnd = long.MinValue, open = 0, close = 0, previous = long.MinValue;
        foreach (var time in times)
        {
            var t = time.Value;
            if (t < dayStart || t >= dayEnd)
            {
                var date = UsEquityCalendar.DateOf(time);
                dayStart = UsEquityCalendar.StartOf(date).Value;
                dayEnd = UsEquityCalendar.StartOf(date.AddDays(1)).Value;
                open = UnixNanos.FromDateTimeOffset(UsEquityCalendar.At(date, UsEquityCalendar.RegularOpen)).Value;
                close = UnixNanos.FromDateTimeOffset(UsEquityCalendar.At(date, UsEquityCalendar.RegularClose)).Value;
                previous = long.MinValue;
            }

            if (t >= close || t + step <= open)
            {
                continue; // extended hours
            }

            if (previous != long.MinValue && t - previous > step)
            {
                gaps.Add(new TimeRange(new UnixNanos(previous + step), time));
            }

            previous = t;
        }

        return gaps;
    }
}
