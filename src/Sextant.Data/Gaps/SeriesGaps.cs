using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Calendar;

namespace Sextant.Data.Gaps;

/// <summary>
/// Finds the gaps of a sorted series from its open times alone, by asset class: <see cref="GapRule.Continuous"/> for crypto (the
/// 80-minute Binance halt of 2023-03-24 is one gap), <see cref="GapRule.TradingDays"/> for equity daily bars (a missing NYSE trading
/// day, holidays excluded by <see cref="UsEquityCalendar"/>), <see cref="GapRule.Session"/> for intraday equity bars. Each gap is
/// the missing span [end of the bar before, open of the bar after). Monthly bars step by calendar months.
/// </summary>
public static partial class SeriesGaps
{
    /// <summary>The rule for <paramref name="interval"/> bars of <paramref name="assetClass"/> (null: unknown, treated as continuous).</summary>
    public static GapRule RuleFor(BarInterval interval, AssetClass? assetClass) =>
        assetClass != AssetClass.Equity ? GapRule.Continuous
        : interval.Duration >= TimeSpan.FromDays(1) ? GapRule.TradingDays
        : GapRule.Session;

    /// <summary>The gaps of <paramref name="times"/> (strictly increasing open times of <paramref name="interval"/> bars).</summary>
    public static List<TimeRange> Find(ReadOnlySpan<UnixNanos> times, BarInterval interval, AssetClass? assetClass) =>
        RuleFor(interval, assetClass) switch
        {
            GapRule.TradingDays => TradingDays(times, interval),
            GapRule.Session => Session(times, interval),
            _ => Continuous(times, interval),
        };

    private static List<TimeRange> Continuous(ReadOnlySpan<UnixNanos> times, BarInterval interval)
    {
        var gaps = new List<TimeRange>();
        if (interval.Unit == BarUnit.Month)
        {
            for (var i = 1; i < times.Length; i++)
            {
                if (MonthIndex(times[i]) - MonthIndex(times[i - 1]) > interval.Count)
                {
                    gaps.Add(new TimeRange(Step(times[i - 1], interval), times[i]));
                }
            }

            return gaps;
        }

        var step = interval.Duration.Ticks * 100;
        for (var i = 1; i < times.Length; i++)
        {
            if (times[i].Value - times[i - 1].Value > step)
            {
                gaps.Add(new TimeRange(new UnixNanos(times[i - 1].Value + step), times[i]));
            }
        }

        return gaps;
    }

    private static List<TimeRange> TradingDays(ReadOnlySpan<UnixNanos> times, BarInterval interval)
    {
        var gaps = new List<TimeRange>();
        if (times.Length == 0)
        {
            return gaps;
        }

        var days = interval.Unit == BarUnit.Day ? interval.Count : 0;
        var previous = UsEquityCalendar.DateOf(times[0]);
        for (var i = 1; i < times.Length; i++)
        {
            var date = UsEquityCalendar.DateOf(times[i]);
            var missed = days > 0
                ? UsEquityCalendar.TradingDaysBetween(previous, date) >= days
                : times[i] - times[i - 1] > interval.Duration + TimeSpan.FromDays(4); // weeks and months: a holiday may shift the bar
            if (missed)
            {
                gaps.Add(new TimeRange(UsEquityCalendar.StartOf(UsEquityCalendar.NextTradingDay(previous)), times[i]));
            }

            previous = date;
        }

        return gaps;
    }

    private static int MonthIndex(UnixNanos time)
    {
        var t = time.ToDateTimeOffset().AddHours(12); // equity months open at 04:00Z/05:00Z of the 1st
        return (t.Year * 12) + t.Month;
    }

    private static UnixNanos Step(UnixNanos time, BarInterval interval) =>
        UnixNanos.FromDateTimeOffset(time.ToDateTimeOffset().AddMonths(interval.Count));
}
