using System.Text;
using Sextant.Data.Sources;

namespace Sextant.Data.Csv;

public sealed partial class CsvImporter
{
    /// <summary>Column indexes of time, open, high, low, close and volume (-1 when the file has no volume).</summary>
    private readonly record struct ColumnMap(int Time, int Open, int High, int Low, int Close, int Volume, int Count);

    private static readonly string[] TimeNames = ["time", "timestamp", "date", "datetime", "date_time", "open_time", "opentime", "open time", "ts", "t", "unix", "epoch", "timestamp_utc_ms", "timestamp_ms", "time_utc", "timestamp_utc", "open_time_ms", "kline_open_time"];
    private static readonly string[] OpenNames = ["open", "o", "open_price", "opening_price"];
    private static readonly string[] HighNames = ["high", "h", "high_price", "max"];
    private static readonly string[] LowNames = ["low", "l", "low_price", "min"];
    private static readonly string[] CloseNames = ["close", "c", "close_price", "closing_price", "last", "price"];
    private static readonly string[] VolumeNames = ["volume", "vol", "v", "base_volume", "volume_base", "qty", "quantity"];

    private sealed partial class Parser
    {
        /// <summary>Reads the first line: picks the delimiter and the layout; true when the line was a header (not data).</summary>
        private bool DetectLayout(ReadOnlySpan<byte> line)
        {
            _delimiter = line.Count((byte)',') >= Math.Max(line.Count((byte)';'), line.Count((byte)'\t')) ? (byte)','
                : line.Count((byte)';') >= line.Count((byte)'\t') ? (byte)';' : (byte)'\t';
            var fields = new List<string>();
            foreach (var range in line.Split(_delimiter))
            {
                fields.Add(Encoding.UTF8.GetString(Unquote(line[range])).Trim().ToLowerInvariant());
            }

            var looksNumeric = fields.Count >= 5 && fields.Skip(1).Take(4).All(f => double.TryParse(f, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
            if (looksNumeric)
            {
                _layout = fields.Count == 12 ? CsvLayout.BinanceKlines : CsvLayout.Positional;
                _map = new ColumnMap(0, 1, 2, 3, 4, fields.Count >= 6 ? 5 : -1, fields.Count);
                return false;
            }

            if (fields.Count < 5)
            {
                throw new DataException($"Line 1 has {fields.Count} column(s); expected a header naming time, open, high, low, close[, volume], or at least 5 data columns", name);
            }

            var time = Find(fields, TimeNames, prefix: "timestamp");
            var map = new ColumnMap(time, Find(fields, OpenNames), Find(fields, HighNames), Find(fields, LowNames), Find(fields, CloseNames), Find(fields, VolumeNames), fields.Count);
            var missing = new[] { ("time", map.Time), ("open", map.Open), ("high", map.High), ("low", map.Low), ("close", map.Close) }.Where(c => c.Item2 < 0).Select(c => c.Item1).ToList();
            if (missing.Count > 0)
            {
                throw new DataException($"The header lacks column(s) {string.Join(", ", missing)}; found: {string.Join(", ", fields)} (time may be named time, timestamp, date, datetime, open_time or ts)", name);
            }

            _layout = CsvLayout.Header;
            _map = map;
            return true;
        }

        private static int Find(List<string> fields, string[] names, string? prefix = null)
        {
            foreach (var n in names)
            {
                var i = fields.IndexOf(n);
                if (i >= 0)
                {
                    return i;
                }
            }

            return prefix is null ? -1 : fields.FindIndex(f => f.StartsWith(prefix, StringComparison.Ordinal));
        }

        private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> field)
        {
            field = field.Trim((byte)' ');
            return field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Trim((byte)' ') : field;
        }
    }
}
