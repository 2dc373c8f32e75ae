using System.Buffers.Text;
using System.Globalization;
using Sextant.Core.Bars;

namespace Sextant.Data.Csv;

public sealed partial class CsvImporter
{
    private sealed partial class Parser
    {
        private void ParseRow(ReadOnlySpan<byte> line)
        {
            _dataRows++;
            Span<Range> cuts = stackalloc Range[Math.Max(_map.Count, 12) + 1];
            var count = Cut(line, cuts, _delimiter);
            if (count != _map.Count)
            {
                Reject(_line, $"has {count} column(s), expected {_map.Count}");
                return;
            }

            var timeField = Unquote(line[cuts[_map.Time]]);
            var error = TimeParser.TryParse(timeField, owner._options.TimeZone, out var time);
            if (error is not null)
            {
                Reject(_line, $"time '{Text(timeField)}' {error}");
                return;
            }

            if (!Number(line, cuts, _map.Open, "open", out var open) || !Number(line, cuts, _map.High, "high", out var high)
                || !Number(line, cuts, _map.Low, "low", out var low) || !Number(line, cuts, _map.Close, "close", out var close))
            {
                return;
            }

            var volume = 0.0;
            if (_map.Volume >= 0 && !Number(line, cuts, _map.Volume, "volume", out volume))
            {
                return;
            }

            var bar = new Bar(time, open, high, low, close, volume);
            if (!bar.IsValid)
            {
                var message = bar.Validate()!;
                Reject(_line, message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
                return;
            }

            _rows.Add(in bar, _line);
        }

        /// <summary>Field ranges of <paramref name="line"/>; stops counting at the capacity of <paramref name="cuts"/> (the caller treats that as too many).</summary>
        private static int Cut(ReadOnlySpan<byte> line, Span<Range> cuts, byte delimiter)
        {
            var count = 0;
            var start = 0;
            while (count < cuts.Length)
            {
                var next = line[start..].IndexOf(delimiter);
                if (next < 0)
                {
                    cuts[count++] = new Range(start, line.Length);
                    return count;
                }

                cuts[count++] = new Range(start, start + next);
                start += next + 1;
            }

            return count;
        }

        private bool Number(ReadOnlySpan<byte> line, Span<Range> cuts, int index, string column, out double value)
        {
            var field = Unquote(line[cuts[index]]);
            if (Utf8Parser.TryParse(field, out value, out var used) && used == field.Length)
            {
                return true;
            }

            if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }

            Reject(_line, field.IsEmpty ? $"{column} is empty" : $"{column} '{Text(field)}' is not a number");
            return false;
        }
    }
}
