using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Data.Csv;

/// <summary>Growable columns of parsed rows with their line numbers; builds a sorted series with unique times, reporting later duplicates.</summary>
internal sealed class RowBuffer(SeriesKey key)
{
    private UnixNanos[] _times = new UnixNanos[4096];
    private double[][] _cols = [new double[4096], new double[4096], new double[4096], new double[4096], new double[4096]];
    private long[] _lines = new long[4096];
    private int _count;
    private bool _sorted = true;

    public void Add(in Bar bar, long line)
    {
        if (_count == _times.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _times, size);
            Array.Resize(ref _lines, size);
            for (var c = 0; c < 5; c++)
            {
                Array.Resize(ref _cols[c], size);
            }
        }

        if (_count > 0 && bar.Time <= _times[_count - 1])
        {
            _sorted = false;
        }

        _times[_count] = bar.Time;
        (_cols[0][_count], _cols[1][_count], _cols[2][_count], _cols[3][_count], _cols[4][_count]) = (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
        _lines[_count++] = line;
    }

    /// <summary>The bars in time order; of rows with the same time the first line is kept and the others are passed to <paramref name="reject"/>. The flag tells whether the input was already in strictly increasing order.</summary>
    public (BarSeries Bars, bool WasSorted) Build(Action<long, string> reject)
    {
        if (_sorted)
        {
            return (new BarSeries(key, _times, _cols[0], _cols[1], _cols[2], _cols[3], _cols[4], _count), true);
        }

        var order = Enumerable.Range(0, _count).ToArray();
        Array.Sort(order, (a, b) => _times[a] != _times[b] ? _times[a].CompareTo(_times[b]) : _lines[a].CompareTo(_lines[b]));
        var builder = new BarSeriesBuilder(key, _count);
        var duplicates = new List<(long Line, string Reason)>();
        var runFirstLine = 0L;
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            if (k > 0 && _times[i] == _times[order[k - 1]])
            {
                duplicates.Add((_lines[i], $"duplicate time {_times[i]} (first at line {runFirstLine})"));
                continue;
            }

            runFirstLine = _lines[i];
            builder.Add(_times[i], _cols[0][i], _cols[1][i], _cols[2][i], _cols[3][i], _cols[4][i]);
        }

        foreach (var (line, reason) in duplicates.OrderBy(d => d.Line))
        {
            reject(line, reason);
        }

        return (builder.Build(), false);
    }
}
