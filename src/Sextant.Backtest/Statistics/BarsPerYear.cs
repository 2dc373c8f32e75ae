using Sextant.Core.Bars;
using Sextant.Core.Instruments;

namespace Sextant.Backtest.Statistics;

/// <summary>How many bars make a year, for annualising: crypto trades 24/7 (365 days), US equities 252 sessions of 6.5 hours.</summary>
public static class BarsPerYear
{
    /// <summary>Trading days per year of US equities.</summary>
    public const double EquitySessionsPerYear = 252;

    /// <summary>Minutes in a regular US equity session (09:30–16:00 New York).</summary>
    public const double EquitySessionMinutes = 390;

    /// <summary>Bars per year for <paramref name="interval"/> bars of <paramref name="assetClass"/>: crypto 365 × bars per day; equities 252 × bars per session (daily and longer bars count sessions, not calendar days).</summary>
    public static double For(BarInterval interval, AssetClass assetClass)
    {
        var minutes = interval.Duration.TotalMinutes;
        if (minutes <= 0)
        {
            throw new ArgumentException($"Bar interval must be set to annualise, was {interval}", nameof(interval));
        }

        if (assetClass == AssetClass.Crypto)
        {
            return 365 * (24 * 60 / minutes);
        }

        return interval.Unit switch
        {
            BarUnit.Day => EquitySessionsPerYear / interval.Count,
            BarUnit.Week => 52.0 / interval.Count,
            BarUnit.Month => 12.0 / interval.Count,
            _ => EquitySessionsPerYear * Math.Ceiling(EquitySessionMinutes / minutes),
        };
    }
}
