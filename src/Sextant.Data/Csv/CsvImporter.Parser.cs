using System.Text;
using Sextant.Core.Bars;
using Sextant.Data.Sources;

namespace Sextant.Data.Csv;

public sealed partial class CsvImporter
{
    /// <summary>State of one import: the layout found on the first line, the column map, and the rows so far.</summary>
    private sealed partial class Parser(CsvImporter owner, string name, SeriesKey key, Stream input, IProgress<CsvImportProgress>? progress)
    {
        private readonly RowBuffer _rows = new(key);
        private readonly List<CsvRowError> _errors = [];
        private long _line;
        private long _dataRows;
        private int _skipped;
        private long _nextProgress = 1 << 18;
        private byte _delimiter;
        private CsvLayout? _layout;
        private ColumnMap _map;

        /// <summary>Parses every complete line of <paramref name="data"/> (all of it when <paramref name="final"/>); returns the bytes consumed.</summary>
        public int ParseLines(ReadOnlySpan<byte> data, bool final)
        {
            var consumed = 0;
            while (consumed < data.Length)
            {
                var rest = data[consumed..];
                var end = rest.IndexOf((byte)'\n');
                if (end < 0 && !final)
                {
                    break;
                }

                var line = end < 0 ? rest : rest[..end];
                consumed += end < 0 ? rest.Length : end + 1;
                _line++;
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line = line[..^1];
                }

                if (_line == 1 && line.StartsWith("\uFEFF"u8))
                {
                    line = line[3..];
                }

                if (line.Trim((byte)' ').IsEmpty)
                {
                    continue;
                }

                if (_layout is null)
                {
                    if (DetectLayout(line))
                    {
                        continue;
                    }
                }

                ParseRow(line);
            }

            if (progress is not null && _dataRows >= _nextProgress)
            {
                _nextProgress = _dataRows + (1 << 18);
                progress.Report(new CsvImportProgress(input.Position, input.CanSeek ? input.Length : 0, _dataRows));
            }

            return consumed;
        }

        public CsvImportResult Finish(bool gzip)
        {
            if (_layout is null)
            {
                throw new DataException("The file has no rows", name);
            }

            var (bars, sorted) = _rows.Build(Reject);
            progress?.Report(new CsvImportProgress(input.CanSeek ? input.Length : 0, input.CanSeek ? input.Length : 0, _dataRows));
            return new CsvImportResult(bars, _layout.Value, gzip, _dataRows, _skipped, _errors, sorted);
        }

        private void Reject(long line, string reason)
        {
            if (owner._options.Strict)
            {
                throw new DataException($"Malformed row at line {line}: {reason}", name);
            }

            _skipped++;
            if (_errors.Count < owner._options.MaxReportedErrors)
            {
                _errors.Add(new CsvRowError(line, reason));
            }
        }

        private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes.Length > 40 ? bytes[..40] : bytes);
    }
}
