namespace Sextant.Data.Calendar;

public static partial class UsEquityCalendar
{
    /// <summary>
    /// True when <paramref name="date"/> is an NYSE holiday by rule: New Year's Day (a Saturday is not made up), Martin Luther
    /// King Jr. Day (from 1998), Washington's Birthday, Good Friday, Memorial Day, Juneteenth (from 2022), Independence Day,
    /// Labor Day, Thanksgiving and Christmas; a Saturday holiday is observed on the Friday before, a Sunday one on the Monday after.
    /// </summary>
    public static bool IsHoliday(DateOnly date)
    {
        var y = date.Year;
        return date == Observed(new DateOnly(y, 1, 1), saturdayToFriday: false)
            || (y >= 1998 && date == Nth(y, 1, DayOfWeek.Monday, 3))
            || date == Nth(y, 2, DayOfWeek.Monday, 3)
            || date == Easter(y).AddDays(-2)
            || date == Last(y, 5, DayOfWeek.Monday)
            || (y >= 2022 && date == Observed(new DateOnly(y, 6, 19), saturdayToFriday: true))
            || date == Observed(new DateOnly(y, 7, 4), saturdayToFriday: true)
            || date == Nth(y, 9, DayOfWeek.Monday, 1)
            || date == Nth(y, 11, DayOfWeek.Thursday, 4)
            || date == Observed(new DateOnly(y, 12, 25), saturdayToFriday: true);
    }

    private static DateOnly? Observed(DateOnly day, bool saturdayToFriday) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => saturdayToFriday ? day.AddDays(-1) : null,
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((weekday - first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-((last.DayOfWeek - weekday + 7) % 7));
    }

    /// <summary>Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
