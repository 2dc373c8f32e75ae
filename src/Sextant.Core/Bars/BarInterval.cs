using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sextant.Core.Bars;

/// <summary>
/// A bar length written Binance style: a count and a case-sensitive unit, e.g. <c>1m</c>, <c>5m</c>, <c>1h</c>, <c>1d</c>, <c>1w</c>, <c>1M</c> (month).
/// <c>default(BarInterval)</c> has a zero count and means "unset".
/// </summary>
public readonly record struct BarInterval
{
    /// <summary>The largest count accepted (1000).</summary>
    public const int MaxCount = 1000;

    /// <summary>What <see cref="Parse"/> accepts, for error messages.</summary>
    public const string AllowedForms =
        "a count and a unit such as 1m, 5m, 1h, 1d, 1w or 1M (units: s second, m minute, h hour, d day, w week, M month; case matters)";

    /// <summary>Creates an interval of <paramref name="count"/> units; throws <see cref="ArgumentOutOfRangeException"/> for a count outside 1-1000 or an undefined unit.</summary>
    public BarInterval(int count, BarUnit unit)
    {
        if (count is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Bar interval count must be between 1 and {MaxCount}, was {count}");
        }

        if (unit is < BarUnit.Second or > BarUnit.Month)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"Bar interval unit must be one of {string.Join(", ", Enum.GetNames<BarUnit>())}, was {(int)unit}");
        }

        Count = count;
        Unit = unit;
    }

    /// <summary>One minute (<c>1m</c>).</summary>
    public static BarInterval OneMinute { get; } = new(1, BarUnit.Minute);

    /// <summary>One hour (<c>1h</c>).</summary>
    public static BarInterval OneHour { get; } = new(1, BarUnit.Hour);

    /// <summary>One day (<c>1d</c>, UTC days).</summary>
    public static BarInterval OneDay { get; } = new(1, BarUnit.Day);

    /// <summary>The number of units, 1-1000; zero when unset.</summary>
    public int Count { get; }

    /// <summary>The unit; a month stays a month here even though <see cref="Duration"/> counts it as 30 days.</summary>
    public BarUnit Unit { get; }

    /// <summary>The length for arithmetic; a month counts as 30 days; zero when unset.</summary>
    public TimeSpan Duration => Count * Unit switch
    {
        BarUnit.Second => TimeSpan.FromSeconds(1),
        BarUnit.Minute => TimeSpan.FromMinutes(1),
        BarUnit.Hour => TimeSpan.FromHours(1),
        BarUnit.Day => TimeSpan.FromDays(1),
        BarUnit.Week => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(30),
    };

    /// <summary>Parses text such as <c>5m</c> or <c>1M</c>; throws <see cref="FormatException"/> listing the allowed forms.</summary>
    public static BarInterval Parse(string text) =>
        TryParse(text, out var interval, out var error) ? interval : throw new FormatException(error);

    /// <summary>Parses text such as <c>5m</c> or <c>1M</c> without throwing; <paramref name="error"/> lists the allowed forms.</summary>
    public static bool TryParse(string? text, out BarInterval interval, [NotNullWhen(false)] out string? error)
    {
        interval = default;
        var trimmed = text?.Trim() ?? string.Empty;
        BarUnit? unit = trimmed.Length < 2 ? null : trimmed[^1] switch
        {
            's' => BarUnit.Second,
            'm' => BarUnit.Minute,
            'h' => BarUnit.Hour,
            'd' => BarUnit.Day,
            'w' => BarUnit.Week,
            'M' => BarUnit.Month,
            _ => null,
        };
        if (unit is null || !int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"Bar interval must be {AllowedForms}, was '{text}'";
            return false;
        }

        if (count is < 1 or > MaxCount)
        {
            error = $"Bar interval count must be between 1 and {MaxCount}, was '{text}'";
            return false;
        }

        interval = new BarInterval(count, unit.Value);
        error = null;
        return true;
    }

    /// <summary>The Binance-style text, e.g. <c>5m</c> or <c>1M</c>; empty when unset.</summary>
    public override string ToString() => Count == 0 ? string.Empty : Count.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        BarUnit.Second => "s",
        BarUnit.Minute => "m",
        BarUnit.Hour => "h",
        BarUnit.Day => "d",
        BarUnit.Week => "w",
        _ => "M",
    };
}
