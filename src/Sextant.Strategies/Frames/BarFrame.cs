using System.Runtime.InteropServices;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Strategies.Frames;

/// <summary>
/// Bars of several symbols aligned on one timeline, column by column (a row per timestamp, a column per symbol and
/// field). A symbol with no bar at a row holds <see cref="double.NaN"/> in every field there, so strategies see gaps
/// and decide themselves (the pairs strategy uses only rows where both legs traded). Read-only once built.
/// </summary>
public sealed class BarFrame
{
    private readonly UnixNanos[] _times;
    private readonly double[][] _open;
    private readonly double[][] _high;
    private readonly double[][] _low;
    private readonly double[][] _close;
    private readonly double[][] _volume;
    private readonly double[]?[] _logClose;
    private readonly int _count;
    private const int LinearColumns = 8;
    private readonly Dictionary<Symbol, int>? _columns;

    private BarFrame(IReadOnlyList<Symbol> symbols, ReadOnlyMemory<UnixNanos> times, ReadOnlyMemory<double>[] open, ReadOnlyMemory<double>[] high, ReadOnlyMemory<double>[] low, ReadOnlyMemory<double>[] close, ReadOnlyMemory<double>[] volume, ReadOnlyMemory<double>?[] logClose)
    {
        Symbols = symbols;
        _count = times.Length;
        _times = ArrayOf(times);
        var k = symbols.Count;
        (_open, _high, _low, _close, _volume, _logClose) = (new double[k][], new double[k][], new double[k][], new double[k][], new double[k][], new double[k][]);

        // A live frame is built on every bar for a symbol or two: a hash table pays off only for many columns.
        _columns = k > LinearColumns ? new Dictionary<Symbol, int>(k) : null;
        for (var i = 0; i < k; i++)
        {
            (_open[i], _high[i], _low[i], _close[i], _volume[i]) = (ArrayOf(open[i]), ArrayOf(high[i]), ArrayOf(low[i]), ArrayOf(close[i]), ArrayOf(volume[i]));
            _logClose[i] = logClose[i] is { } memory ? ArrayOf(memory) : null;
            if (_columns is null ? LinearColumnOf(symbols, symbols[i]) < i : !_columns.TryAdd(symbols[i], i))
            {
                throw new ArgumentException($"Symbol {symbols[i]} appears twice in the frame", nameof(symbols));
            }
        }
    }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Rows (distinct timestamps).</summary>
    public int Count => _count;

    /// <summary>The row timestamps (bar open times), strictly increasing.</summary>
    public ReadOnlySpan<UnixNanos> Times => _times.AsSpan(0, _count);

    /// <summary>The column of <paramref name="symbol"/>; throws naming the symbol and the columns when it is absent.</summary>
    public int ColumnOf(Symbol symbol)
    {
        var column = _columns is null ? LinearColumnOf(Symbols, symbol) : _columns.GetValueOrDefault(symbol, -1);
        return column >= 0 ? column : throw new KeyNotFoundException($"Symbol {symbol} is not in this frame; columns: {string.Join(", ", Symbols)}");
    }

    // The first column of symbol, or -1: for frames of up to LinearColumns columns, which keep no hash table.
    private static int LinearColumnOf(IReadOnlyList<Symbol> symbols, Symbol symbol)
    {
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] == symbol)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Open prices of column <paramref name="column"/> (NaN where the symbol has no bar).</summary>
    public ReadOnlySpan<double> Open(int column) => _open[column].AsSpan(0, _count);

    /// <summary>High prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> High(int column) => _high[column].AsSpan(0, _count);

    /// <summary>Low prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Low(int column) => _low[column].AsSpan(0, _count);

    /// <summary>Close prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Close(int column) => _close[column].AsSpan(0, _count);

    /// <summary>Volumes of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Volume(int column) => _volume[column].AsSpan(0, _count);

    /// <summary>Whether column <paramref name="column"/> has a bar at <paramref name="row"/>.</summary>
    public bool Has(int column, int row) => !double.IsNaN(Close(column)[row]);

    /// <summary>The bar of column <paramref name="column"/> at <paramref name="row"/>; only meaningful when <see cref="Has"/>.</summary>
    public Bar BarAt(int column, int row) =>
        new(Times[row], Open(column)[row], High(column)[row], Low(column)[row], Close(column)[row], Volume(column)[row]);

    /// <summary>The time of <paramref name="row"/> without building a span (hot path; the row is bounds-checked by the array).</summary>
    internal UnixNanos TimeAt(int row) => _times[row];

    /// <summary>The close column's storage (index by row &lt; <see cref="Count"/>); for strategies' per-bar reads. Never written.</summary>
    internal double[] CloseColumn(int column) => _close[column];

    /// <summary>
    /// ln(close) of column <paramref name="column"/> (NaN where the symbol has no bar) when the frame was built from series whose
    /// logs were already computed (<see cref="BarSeries.LogCloseMemory"/>, as a backtest's loaded data has); null otherwise, and
    /// the strategy takes <see cref="Math.Log(double)"/> bar by bar, which gives the same values. Never written.
    /// </summary>
    internal double[]? LogCloseColumn(int column) => _logClose[column];

    // Frames only ever wrap whole arrays from offset 0 (series storage or arrays built here).
    private static T[] ArrayOf<T>(ReadOnlyMemory<T> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Array is { } array
            ? array
            : memory.ToArray();

    /// <summary>
    /// Aligns <paramref name="series"/> (one per symbol, each strictly increasing) on the union of their timestamps;
    /// O(total bars) by a k-way merge.
    /// </summary>
    public static BarFrame Align(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var k = series.Count;
        var symbols = new Symbol[k];
        for (var s = 0; s < k; s++)
        {
            symbols[s] = series[s].Key.Symbol;
        }

        if (k > 0 && OnOneTimeline(series))
        {
            // Every series on one timeline (the usual case): share their storage, copy nothing.
            var (openOf, highOf, lowOf, closeOf, volumeOf, logOf) = (new ReadOnlyMemory<double>[k], new ReadOnlyMemory<double>[k], new ReadOnlyMemory<double>[k],
                new ReadOnlyMemory<double>[k], new ReadOnlyMemory<double>[k], new ReadOnlyMemory<double>?[k]);
            for (var s = 0; s < k; s++)
            {
                var one = series[s];
                (openOf[s], highOf[s], lowOf[s], closeOf[s], volumeOf[s]) = (one.OpenMemory, one.HighMemory, one.LowMemory, one.CloseMemory, one.VolumeMemory);
                logOf[s] = one.HasLogClose ? one.LogCloseMemory : (ReadOnlyMemory<double>?)null; // a bare null would become an empty memory
            }

            return new BarFrame(symbols, series[0].TimesMemory, openOf, highOf, lowOf, closeOf, volumeOf, logOf);
        }

        var times = UnionOfTimes(series);
        var open = new ReadOnlyMemory<double>[k];
        var high = new ReadOnlyMemory<double>[k];
        var low = new ReadOnlyMemory<double>[k];
        var close = new ReadOnlyMemory<double>[k];
        var volume = new ReadOnlyMemory<double>[k];
        var logClose = new ReadOnlyMemory<double>?[k];
        for (var s = 0; s < k; s++)
        {
            var (o, h, l, c, v) = (Filled(times.Length), Filled(times.Length), Filled(times.Length), Filled(times.Length), Filled(times.Length));
            var src = series[s];
            var srcLogs = src.HasLogClose ? src.LogCloseMemory.Span : default;
            var lc = src.HasLogClose ? Filled(times.Length) : null;
            var row = 0;
            var srcTimes = src.Times;
            for (var i = 0; i < src.Count; i++)
            {
                while (times[row] != srcTimes[i])
                {
                    row++;
                }

                o[row] = src.Open[i];
                h[row] = src.High[i];
                l[row] = src.Low[i];
                c[row] = src.Close[i];
                v[row] = src.Volume[i];
                if (lc is not null)
                {
                    lc[row] = srcLogs[i];
                }
            }

            (open[s], high[s], low[s], close[s], volume[s]) = (o, h, l, c, v);
            if (lc is not null)
            {
                logClose[s] = new ReadOnlyMemory<double>(lc); // (a conditional would turn a null array into an empty memory)
            }
        }

        return new BarFrame(symbols, times, open, high, low, close, volume, logClose);
    }

    // Compared as longs: a vectorised memory compare rather than one record-struct Equals per bar.
    private static bool OnOneTimeline(IReadOnlyList<BarSeries> series)
    {
        var first = MemoryMarshal.Cast<UnixNanos, long>(series[0].Times);
        for (var s = 1; s < series.Count; s++)
        {
            if (!MemoryMarshal.Cast<UnixNanos, long>(series[s].Times).SequenceEqual(first))
            {
                return false;
            }
        }

        return true;
    }

    private static double[] Filled(int length)
    {
        var column = new double[length];
        Array.Fill(column, double.NaN);
        return column;
    }

    /// <summary>The sorted union of the timestamps of <paramref name="series"/> (each strictly increasing), by a k-way merge.</summary>
    public static UnixNanos[] UnionOfTimes(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count > 0 && OnOneTimeline(series))
        {
            return series[0].Times.ToArray(); // one timeline (the usual case): a copy, no merge
        }

        var cursors = new int[series.Count];
        var result = new List<UnixNanos>(series.Count == 0 ? 0 : series.Max(x => x.Count));
        while (true)
        {
            var next = long.MaxValue;
            for (var s = 0; s < series.Count; s++)
            {
                if (cursors[s] < series[s].Count)
                {
                    next = Math.Min(next, series[s].Times[cursors[s]].Value);
                }
            }

            if (next == long.MaxValue)
            {
                return [.. result];
            }

            result.Add(new UnixNanos(next));
            for (var s = 0; s < series.Count; s++)
            {
                if (cursors[s] < series[s].Count && series[s].Times[cursors[s]].Value == next)
                {
                    cursors[s]++;
                }
            }
        }
    }
}
