using Sextant.Core.Instruments;
using Sextant.Data.Calendar;
using Sextant.Data.Sources;

namespace Sextant.Data.Corporate;

/// <summary>
/// Splits, dividends and ticker changes derived from Lean's factor and map files, the way Lean derives them
/// (<c>CorporateFactorRow.GetSplit</c>/<c>GetDividend</c>): between consecutive factor rows i and i+1 the event's ex-date is the
/// first NYSE trading day after row i's date, and its time is 00:00 New York of that day (the open time of its daily bar).
/// </summary>
public static class CorporateEvents
{
    /// <summary>Split ratios are rounded to this many significant digits: the files round the cumulative factors (AAPL 2014: 0.25 / 0.0357143 = 6.9999972).</summary>
    public const int SplitSignificantDigits = 5;

    /// <summary>Dividends are rounded to this many decimals: the price factors carry 7, so the amount is good to about ±0.0001 below $1000.</summary>
    public const int DividendDecimals = 3;

    /// <summary>
    /// The events of <paramref name="symbol"/>, by time: a <see cref="MarketEventKind.Split"/> where split_factor changes (value =
    /// split_factor(i+1) / split_factor(i), so 7 for a 7-for-1 split and 0.125 for a 1-for-8 reverse split), a
    /// <see cref="MarketEventKind.Dividend"/> where price_factor changes (value = reference_price(i) × (1 − price_factor(i) /
    /// price_factor(i+1)), dollars per share as traded that day), and a <see cref="MarketEventKind.Listing"/> where the map file's
    /// ticker changes (text <c>ticker OLD -> NEW</c>).
    /// </summary>
    public static IReadOnlyList<MarketEvent> Derive(Symbol symbol, FactorFile? factors, MapFile? map)
    {
        var events = new List<MarketEvent>();
        if (factors is not null)
        {
            for (var i = 0; i + 1 < factors.Rows.Count; i++)
            {
                var (row, next) = (factors.Rows[i], factors.Rows[i + 1]);
                var time = UsEquityCalendar.StartOf(UsEquityCalendar.NextTradingDay(row.Date));
                if (row.SplitFactor != next.SplitFactor)
                {
                    events.Add(new MarketEvent(symbol, time, MarketEventKind.Split, Significant(next.SplitFactor / row.SplitFactor, SplitSignificantDigits), null));
                }

                if (row.PriceFactor != next.PriceFactor)
                {
                    var amount = row.ReferencePrice * (1m - (row.PriceFactor / next.PriceFactor));
                    events.Add(new MarketEvent(symbol, time, MarketEventKind.Dividend, Normalize(Math.Round(amount, DividendDecimals, MidpointRounding.ToEven)), null));
                }
            }
        }

        if (map is not null)
        {
            for (var i = 0; i + 1 < map.Rows.Count; i++)
            {
                var (row, next) = (map.Rows[i], map.Rows[i + 1]);
                if (!string.Equals(row.Ticker, next.Ticker, StringComparison.Ordinal))
                {
                    var time = UsEquityCalendar.StartOf(UsEquityCalendar.NextTradingDay(row.Date));
                    events.Add(new MarketEvent(symbol, time, MarketEventKind.Listing, null, $"ticker {row.Ticker} -> {next.Ticker}"));
                }
            }
        }

        return events.OrderBy(e => e.Time).ThenBy(e => e.Kind).ToList();
    }

    /// <summary><paramref name="value"/> rounded to <paramref name="digits"/> significant digits, trailing zeros dropped (6.9999972 → 7).</summary>
    internal static decimal Significant(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = Math.Clamp(digits - 1 - magnitude, 0, 28);
        return Normalize(Math.Round(value, decimals, MidpointRounding.ToEven));
    }

    /// <summary>The same value without trailing zeros (7.0000 → 7).</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
