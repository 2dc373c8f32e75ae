using Sextant.Data.Calendar;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Calendar;

public sealed class UsEquityCalendarTests
{
    [Fact]
    public void IsTradingDay_1998To2021_MatchesEveryBundledSpyDailyBar()
    {
        // lean_SPY_1d.csv: 5849 daily bars, 1998-01-02 to 2021-03-31 (Lean sample data, AlgoSeek/QuantQuote trade bars).
        var spy = RealData.Load("lean_SPY_1d.csv", RealData.Key("lean", "SPY", "1d"));
        var traded = new HashSet<DateOnly>();
        foreach (var t in spy.Times)
        {
            traded.Add(UsEquityCalendar.DateOf(t));
        }

        var calendar = new HashSet<DateOnly>();
        for (var d = new DateOnly(1998, 1, 2); d <= new DateOnly(2021, 3, 31); d = d.AddDays(1))
        {
            if (UsEquityCalendar.IsTradingDay(d))
            {
                calendar.Add(d);
            }
        }

        Assert.Equal(5849, traded.Count);
        Assert.Empty(calendar.Except(traded));
        Assert.Empty(traded.Except(calendar));
    }

    [Theory]
    [InlineData("2021-04-02")] // Good Friday
    [InlineData("2021-12-24")] // Christmas on a Saturday, observed Friday
    [InlineData("2022-06-20")] // Juneteenth on a Sunday, observed Monday
    [InlineData("2023-01-02")] // New Year's Day on a Sunday, observed Monday
    [InlineData("2025-01-09")] // national day of mourning for President Carter
    [InlineData("2012-10-30")] // Hurricane Sandy, second day
    public void IsTradingDay_Closures_False(string date) => Assert.False(UsEquityCalendar.IsTradingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2021-12-31")] // New Year's Day 2022 fell on a Saturday: NYSE does not close the Friday before
    [InlineData("2021-06-18")] // Juneteenth is a market holiday only from 2022
    [InlineData("2014-06-09")]
    public void IsTradingDay_OpenDays_True(string date) => Assert.True(UsEquityCalendar.IsTradingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NextTradingDay_FridayBeforeLaborDay_IsTheTuesday() =>
        Assert.Equal(new DateOnly(2020, 9, 8), UsEquityCalendar.NextTradingDay(new DateOnly(2020, 9, 4)));

    [Fact]
    public void StartOf_SummerAndWinterDates_IsMidnightNewYorkInUtc()
    {
        Assert.Equal(RealData.Utc("2014-06-09T04:00:00Z"), UsEquityCalendar.StartOf(new DateOnly(2014, 6, 9)));
        Assert.Equal(RealData.Utc("2015-01-02T05:00:00Z"), UsEquityCalendar.StartOf(new DateOnly(2015, 1, 2)));
    }

    [Fact]
    public void DateOf_EveningInNewYork_IsTheNewYorkDateNotTheUtcOne() =>
        Assert.Equal(new DateOnly(2014, 6, 6), UsEquityCalendar.DateOf(RealData.Utc("2014-06-07T00:30:00Z")));

    [Theory]
    // Friday 2024-01-05 15:50 New York (20:50 UTC) to Monday 2024-01-08 09:40 (14:40 UTC): 10 min Friday + 10 min Monday
    [InlineData("2024-01-05T20:50:00Z", "2024-01-08T14:40:00Z", 20)]
    // Saturday to Sunday: no session at all
    [InlineData("2024-01-06T15:00:00Z", "2024-01-07T20:00:00Z", 0)]
    // inside one session, 10:00 to 11:30 New York
    [InlineData("2024-01-09T15:00:00Z", "2024-01-09T16:30:00Z", 90)]
    // Monday night to Wednesday 10:00 over a whole Tuesday session (390 min) + 30 min; summer time (EDT, UTC-4)
    [InlineData("2024-07-08T22:00:00Z", "2024-07-10T14:00:00Z", 420)]
    // Good Friday 2024 (03-29) and the weekend count zero: Thursday 15:00 EDT to Monday 10:00 = 60 + 30
    [InlineData("2024-03-28T19:00:00Z", "2024-04-01T14:00:00Z", 90)]
    // backwards is zero
    [InlineData("2024-01-09T16:30:00Z", "2024-01-09T15:00:00Z", 0)]
    public void SessionTimeBetween_CountsOnlyRegularSessionMinutes(string from, string to, int minutes)
    {
        var a = DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var b = DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.FromMinutes(minutes), UsEquityCalendar.SessionTimeBetween(a, b));
    }
}
