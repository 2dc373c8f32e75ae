using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sextant.Core.Amounts;

/// <summary>Parses exchange decimal strings such as <c>"0.00001000"</c> exactly, keeping their scale.</summary>
internal static class DecimalText
{
    // No thousands separators: "1,000" from a venue is a bug, not one thousand.
    private const NumberStyles Styles = NumberStyles.Float;

    /// <summary>Parses invariant-culture <paramref name="text"/>; the error names <paramref name="what"/> and the text.</summary>
    public static bool TryParse(string what, string? text, out decimal value, [NotNullWhen(false)] out string? error)
    {
        if (decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value))
        {
            error = null;
            return true;
        }

        error = text is null
            ? $"{what} must be a decimal number such as 0.00001000, was null"
            : $"{what} must be a decimal number such as 0.00001000, was '{text}'";
        return false;
    }

    /// <summary>Formats with the invariant culture, keeping trailing zeros (scale).</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Rounds <paramref name="value"/> to a multiple of <paramref name="increment"/> (which must be positive).</summary>
    public static decimal ToMultiple(decimal value, decimal increment, MidpointRounding mode, string what, string paramName)
    {
        if (increment <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, increment, $"{what} must be positive, was {Format(increment)}");
        }

        return Math.Round(value / increment, 0, mode) * increment;
    }
}
