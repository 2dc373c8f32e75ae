using System.Globalization;
using Sextant.Core.Time;

namespace Sextant.Core.Bars;

/// <summary>
/// One OHLCV bar; prices in quote units and volume in base units as <see cref="double"/> for analytics.
/// The constructor does not validate (bars are built in hot loops); call <see cref="IsValid"/> or <see cref="Validate"/> at the data edge.
/// </summary>
/// <param name="Time">The bar's open time (UTC).</param>
/// <param name="Open">The first trade price in the bar, quote units.</param>
/// <param name="High">The highest trade price in the bar, quote units.</param>
/// <param name="Low">The lowest trade price in the bar, quote units.</param>
/// <param name="Close">The last trade price in the bar, quote units.</param>
/// <param name="Volume">The traded volume in base units (coins, shares).</param>
public readonly record struct Bar(UnixNanos Time, double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>True when prices are finite and positive, high and low bracket open and close, and volume is finite and not negative; allocation-free.</summary>
    public bool IsValid =>
        double.IsFinite(Open) && double.IsFinite(High) && double.IsFinite(Low) && double.IsFinite(Close) && double.IsFinite(Volume)
        && Open > 0 && High > 0 && Low > 0 && Close > 0
        && High >= Math.Max(Open, Close) && Low <= Math.Min(Open, Close)
        && Volume >= 0;

    /// <summary>Null when <see cref="IsValid"/>; otherwise one message naming the bar's time and every problem.</summary>
    public string? Validate()
    {
        if (IsValid)
        {
            return null;
        }

        var problems = new List<string>();
        CheckPrice(problems, "open", Open);
        CheckPrice(problems, "high", High);
        CheckPrice(problems, "low", Low);
        CheckPrice(problems, "close", Close);
        if (problems.Count == 0)
        {
            if (High < Math.Max(Open, Close))
            {
                problems.Add($"high {Format(High)} is below max(open, close) {Format(Math.Max(Open, Close))}");
            }

            if (Low > Math.Min(Open, Close))
            {
                problems.Add($"low {Format(Low)} is above min(open, close) {Format(Math.Min(Open, Close))}");
            }
        }

        if (!double.IsFinite(Volume))
        {
            problems.Add($"volume is {Format(Volume)}");
        }
        else if (Volume < 0)
        {
            problems.Add($"volume must not be negative, was {Format(Volume)}");
        }

        return $"Bar at {Time}: {string.Join("; ", problems)}";
    }

    private static void CheckPrice(List<string> problems, string name, double value)
    {
        if (!double.IsFinite(value))
        {
            problems.Add($"{name} is {Format(value)}");
        }
        else if (value <= 0)
        {
            problems.Add($"{name} must be positive, was {Format(value)}");
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
