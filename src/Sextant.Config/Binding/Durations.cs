using System.Globalization;
using System.Text;

namespace Sextant.Config.Binding;

/// <summary>Durations as written in Sextant configs: a number followed by a unit, optionally compound: <c>250ms</c>, <c>30s</c>, <c>5m</c>, <c>1h30m</c>, <c>2d</c>.</summary>
public static class Durations
{
    /// <summary>What the parser accepts, for error messages.</summary>
    public const string Allowed = "a duration such as 250ms, 30s, 5m, 1h30m or 1d";

    /// <summary>Parses a duration; returns false for anything else, including a bare number (whose unit would be a guess).</summary>
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return false;
        }

        var total = TimeSpan.Zero;
        while (!span.IsEmpty)
        {
            var digits = 0;
            while (digits < span.Length && (char.IsAsciiDigit(span[digits]) || span[digits] == '.'))
            {
                digits++;
            }

            if (digits == 0 || !decimal.TryParse(span[..digits], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            span = span[digits..];
            var unitLength = 0;
            while (unitLength < span.Length && char.IsAsciiLetterLower(span[unitLength]))
            {
                unitLength++;
            }

            var ticksPerUnit = span[..unitLength] switch
            {
                "ms" => TimeSpan.TicksPerMillisecond,
                "s" => TimeSpan.TicksPerSecond,
                "m" => TimeSpan.TicksPerMinute,
                "h" => TimeSpan.TicksPerHour,
                "d" => TimeSpan.TicksPerDay,
                _ => 0L,
            };
            if (ticksPerUnit == 0)
            {
                return false;
            }

            total += TimeSpan.FromTicks((long)(number * ticksPerUnit));
            span = span[unitLength..];
        }

        value = total;
        return true;
    }

    /// <summary>Formats a duration in the same notation, largest units first: 90 seconds is <c>1m30s</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder();
        if (value < TimeSpan.Zero)
        {
            text.Append('-');
            value = value.Negate();
        }

        Append(text, value.Days, "d");
        Append(text, value.Hours, "h");
        Append(text, value.Minutes, "m");
        Append(text, value.Seconds, "s");
        var subSecond = value.Ticks % TimeSpan.TicksPerSecond;
        if (subSecond != 0)
        {
            text.Append(((decimal)subSecond / TimeSpan.TicksPerMillisecond).ToString(CultureInfo.InvariantCulture)).Append("ms");
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, int amount, string unit)
    {
        if (amount != 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
