using System.Globalization;

namespace Sextant.Config.Binding;

/// <summary>Dates and times in configs: <c>2021-01-01</c> (midnight UTC) or an ISO 8601 time with an explicit zone (<c>2021-01-01T09:30:00Z</c>, <c>...-05:00</c>); always held in UTC.</summary>
public static class ConfigTime
{
    /// <summary>What the parser accepts, for error messages.</summary>
    public const string Allowed = "a date (2021-01-01, midnight UTC) or a time with a zone (2021-01-01T09:30:00Z)";

    /// <summary>Parses a date or a zoned time; a time without a zone is refused, because its meaning would depend on the machine.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var date))
        {
            value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        var zoned = text.EndsWith('Z') || text.EndsWith('z')
            || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (zoned && DateTimeOffset.TryParse(text, inv, DateTimeStyles.AdjustToUniversal, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>A date when the time is midnight UTC, else the full ISO 8601 UTC time.</summary>
    public static string Format(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.TimeOfDay == TimeSpan.Zero
            ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
    }
}
