using System.Globalization;

namespace Sextant.Core.Time;

/// <summary>
/// An instant as nanoseconds since the Unix epoch (1970-01-01T00:00:00Z, UTC), the engine's only notion of time.
/// Covers 1677-09-21 to 2262-04-11. <c>default(UnixNanos)</c> is the epoch and means "unset". Never reads the wall clock.
/// </summary>
/// <param name="Value">Nanoseconds since 1970-01-01T00:00:00Z.</param>
public readonly record struct UnixNanos(long Value) : IComparable<UnixNanos>
{
    private const long NanosPerTick = 100;
    private const long NanosPerMillisecond = 1_000_000;
    private const long NanosPerSecond = 1_000_000_000;

    /// <summary>The instant <paramref name="milliseconds"/> after the epoch (UTC), as exchanges such as Binance report it.</summary>
    public static UnixNanos FromUnixMilliseconds(long milliseconds) => new(Scale(milliseconds, NanosPerMillisecond, "milliseconds", nameof(milliseconds)));

    /// <summary>The instant <paramref name="seconds"/> after the epoch (UTC).</summary>
    public static UnixNanos FromUnixSeconds(long seconds) => new(Scale(seconds, NanosPerSecond, "seconds", nameof(seconds)));

    /// <summary>The same instant as <paramref name="time"/>, whatever its offset (converted to UTC); precision is 100 ns.</summary>
    public static UnixNanos FromDateTimeOffset(DateTimeOffset time) =>
        new(Scale(time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, NanosPerTick, "ticks after the epoch (" + time.ToString("O", CultureInfo.InvariantCulture) + ")", nameof(time)));

    /// <summary>This instant with a zero offset (UTC); nanoseconds below 100 are dropped (floored).</summary>
    public DateTimeOffset ToDateTimeOffset() => DateTimeOffset.UnixEpoch.AddTicks(FloorDiv(Value, NanosPerTick));

    /// <summary>Milliseconds since the epoch (UTC), floored.</summary>
    public long ToUnixMilliseconds() => FloorDiv(Value, NanosPerMillisecond);

    /// <summary>Orders by instant.</summary>
    public int CompareTo(UnixNanos other) => Value.CompareTo(other.Value);

    /// <summary>ISO-8601 UTC with nanoseconds, e.g. <c>2023-03-16T22:15:00.000000000Z</c>.</summary>
    public override string ToString() => string.Create(FormattedLength, Value, static (chars, value) => Format(new UnixNanos(value), chars));

    /// <summary>The length of <see cref="ToString"/>'s text: always 30 characters (years 1677 to 2262 have four digits).</summary>
    public const int FormattedLength = 30;

    /// <summary>
    /// Writes <see cref="ToString"/>'s text as UTF-8 into <paramref name="utf8"/> (at least <see cref="FormattedLength"/>
    /// bytes) without allocating: the journal writes two per order line.
    /// </summary>
    public void FormatUtf8(Span<byte> utf8) => Format(this, utf8);

    private static void Format<T>(UnixNanos time, Span<T> text)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(text.Length, FormattedLength, nameof(text));
        var seconds = FloorDiv(time.Value, NanosPerSecond);
        var nanos = time.Value - (seconds * NanosPerSecond);
        var whole = DateTime.UnixEpoch.AddTicks(seconds * TimeSpan.TicksPerSecond);
        var (year, month, day) = whole;
        var (hour, minute, second) = (whole.Hour, whole.Minute, whole.Second);
        var at = 0;
        Field(text, ref at, year, 4, '-');
        Field(text, ref at, month, 2, '-');
        Field(text, ref at, day, 2, 'T');
        Field(text, ref at, hour, 2, ':');
        Field(text, ref at, minute, 2, ':');
        Field(text, ref at, second, 2, '.');
        Field(text, ref at, nanos, 9, 'Z');
    }

    /// <summary>Writes <paramref name="value"/> as <paramref name="width"/> digits (zero-padded) and then <paramref name="after"/>.</summary>
    private static void Field<T>(Span<T> text, ref int at, long value, int width, char after)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        for (var i = at + width - 1; i >= at; i--)
        {
            (value, var digit) = Math.DivRem(value, 10);
            text[i] = T.CreateTruncating('0' + digit);
        }

        text[at + width] = T.CreateTruncating(after);
        at += width + 1;
    }

    /// <summary>The instant <paramref name="span"/> later (100 ns precision); throws <see cref="OverflowException"/> past 2262.</summary>
    public static UnixNanos operator +(UnixNanos time, TimeSpan span) => new(checked(time.Value + (span.Ticks * NanosPerTick)));

    /// <summary>The instant <paramref name="span"/> earlier (100 ns precision).</summary>
    public static UnixNanos operator -(UnixNanos time, TimeSpan span) => new(checked(time.Value - (span.Ticks * NanosPerTick)));

    /// <summary>The time from <paramref name="earlier"/> to <paramref name="later"/>, truncated to 100 ns ticks; negative when reversed.</summary>
    public static TimeSpan operator -(UnixNanos later, UnixNanos earlier) => TimeSpan.FromTicks(checked(later.Value - earlier.Value) / NanosPerTick);

    /// <summary>True when <paramref name="left"/> is earlier.</summary>
    public static bool operator <(UnixNanos left, UnixNanos right) => left.Value < right.Value;

    /// <summary>True when <paramref name="left"/> is later.</summary>
    public static bool operator >(UnixNanos left, UnixNanos right) => left.Value > right.Value;

    /// <summary>True when <paramref name="left"/> is earlier or the same instant.</summary>
    public static bool operator <=(UnixNanos left, UnixNanos right) => left.Value <= right.Value;

    /// <summary>True when <paramref name="left"/> is later or the same instant.</summary>
    public static bool operator >=(UnixNanos left, UnixNanos right) => left.Value >= right.Value;

    private static long Scale(long value, long nanosPerUnit, string unit, string paramName)
    {
        if (value > long.MaxValue / nanosPerUnit || value < long.MinValue / nanosPerUnit)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                $"Time of {value} {unit} is outside the UnixNanos range (1677-09-21 to 2262-04-11 UTC)");
        }

        return value * nanosPerUnit;
    }

    private static long FloorDiv(long value, long divisor)
    {
        var (quotient, remainder) = Math.DivRem(value, divisor);
        return remainder < 0 ? quotient - 1 : quotient;
    }
}
