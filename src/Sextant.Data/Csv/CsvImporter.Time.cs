using System.Buffers.Text;
using System.Globalization;
using Sextant.Core.Time;

namespace Sextant.Data.Csv;

public sealed partial class CsvImporter
{
    /// <summary>Epoch numbers (unit by magnitude) and ISO 8601 text to <see cref="UnixNanos"/>.</summary>
    private static class TimeParser
    {
        public static string? TryParse(ReadOnlySpan<byte> field, TimeZoneInfo zone, out UnixNanos time)
        {
            time = default;
            if (field.IsEmpty)
            {
                return "is empty";
            }

            if (Utf8Parser.TryParse(field, out long number, out var used) && used == field.Length)
            {
                var magnitude = Math.Abs(number);
                var nanos = magnitude < 100_000_000_000L ? (decimal)number * 1_000_000_000m       // seconds: up to year 5138
                    : magnitude < 100_000_000_000_000L ? (decimal)number * 1_000_000m             // milliseconds
                    : magnitude < 100_000_000_000_000_000L ? (decimal)number * 1_000m             // microseconds
                    : number;                                                                     // nanoseconds
                if (nanos is > long.MaxValue or < long.MinValue)
                {
                    return "is outside 1677-2262";
                }

                time = new UnixNanos((long)nanos);
                return null;
            }

            return Iso(field, zone, out time);
        }

        private static string? Iso(ReadOnlySpan<byte> field, TimeZoneInfo zone, out UnixNanos time)
        {
            time = default;
            if (field.Length > 64)
            {
                return "is not a timestamp";
            }

            Span<char> chars = stackalloc char[field.Length];
            for (var i = 0; i < field.Length; i++)
            {
                chars[i] = (char)field[i];
            }

            var hasZone = chars[^1] is 'Z' or 'z' || (chars.Length > 10 && chars[10..].LastIndexOfAny('+', '-') is > 0);
            if (hasZone)
            {
                if (!DateTimeOffset.TryParse(chars, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withZone))
                {
                    return "is not an epoch number or ISO 8601 time";
                }

                time = UnixNanos.FromDateTimeOffset(withZone);
                return null;
            }

            if (!DateTime.TryParse(chars, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            {
                return "is not an epoch number or ISO 8601 time";
            }

            if (zone.IsInvalidTime(local))
            {
                return $"does not exist in time zone {zone.Id} (skipped by a daylight-saving change)";
            }

            time = UnixNanos.FromDateTimeOffset(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local)));
            return null;
        }
    }
}
