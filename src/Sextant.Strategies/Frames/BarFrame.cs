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
    private readonly ReadOnlyMemory<UnixNanos> _times;
    private readonly ReadOnlyMemory<double>[] _open;
    private readonly ReadOnlyMemory<double>[] _high;
    private readonly ReadOnlyMemory<double>[] _low;
    private readonly ReadOnlyMemory<double>[] _close;
    private readonly ReadOnlyMemory<double>[] _volume;
    private readonly Dictionary<Symbol, int> _columns;

    private BarFrame(IReadOnlyList<Symbol> symbols, ReadOnlyMemory<UnixNanos> times, ReadOnlyMemory<double>[] open, ReadOnlyMemory<double>[] high, ReadOnlyMemory<double>[] low, ReadOnlyMemory<double>[] close, ReadOnlyMemory<double>[] volume)
    {
        Symbols = symbols;
        _times = times;
        _open = open;
        _high = high;
        _low = low;
        _close = close;
        _volume = volume;
        _columns = new Dictionary<Symbol, int>(symbols.Count);
        for (var i = 0; i < symbols.Count; i++)
        {
            if (!_columns.TryAdd(symbols[i], i))
            {
                throw new ArgumentException($"Symbol {symbols[i]} appears twice in the frame", nameof(symbols));
            }
        }
    }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Rows (distinct timestamps).</summary>
    public int Count => _times.Length;

    /// <summary>The row timestamps (bar open times), strictly increasing.</summary>
    public ReadOnlySpan<UnixNanos> Times => _times.Span;

    /// <summary>The column of <paramref name="symbol"/>; throws naming the symbol and the columns when it is absent.</summary>
    public int ColumnOf(Symbol symbol) => _columns.TryGetValue(symbol, out var column)
        ? column
        : throw new KeyNotFoundException($"Symbol {symbol} is not in this frame; columns: {string.Join(", ", Symbols)}");

    /// <summary>Open prices of column <paramref name="column"/> (NaN where the symbol has no bar).</summary>
    public ReadOnlySpan<double> Open(int column) => _open[column].Span;

    /// <summary>High prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> High(int column) => _high[column].Span;

    /// <summary>Low prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Low(int column) => _low[column].Span;

    /// <summary>Close prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Close(int column) => _close[column].Span;

    /// <summary>Volumes of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Volume(int column) => _volume[column].Span;

    /// <summary>Whether column <paramref name="column"/> has a bar at <paramref name="row"/>.</summary>
    public bool Has(int column, int row) => !double.IsNaN(_close[column].Span[row]);

    /// <summary>The bar of column <paramref name="column"/> at <paramref name="row"/>; only meaningful when <see cref="Has"/>.</summary>
    public Bar BarAt(int column, int row) =>
        new(_times.Span[row], _open[column].Span[row], _high[column].Span[row], _low[column].Span[row], _close[column].Span[row], _volume[column].Span[row]);

    /// <summary>
    /// Aligns <paramref name="series"/> (one per symbol, each strictly increasing) on the union of their timestamps;
    /// O(total bars) by a k-way merge.
    /// </summary>
    public static BarFrame Align(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var symbols = series.Select(x => x.Key.Symbol).ToArray();
        var k = series.Count;
        if (k > 0 && series.All(s => s.Times.SequenceEqual(series[0].Times)))
        {
            // Every series on one timeline (the usual case): share their storage, copy nothing.
            return new BarFrame(symbols, series[0].TimesMemory,
                [.. series.Select(s => s.OpenMemory)], [.. series.Select(s => s.HighMemory)], [.. series.Select(s => s.LowMemory)],
                [.. series.Select(s => s.CloseMemory)], [.. series.Select(s => s.VolumeMemory)]);
        }

        var times = UnionOfTimes(series);
        var open = new ReadOnlyMemory<double>[k];
        var high = new ReadOnlyMemory<double>[k];
        var low = new ReadOnlyMemory<double>[k];
        var close = new ReadOnlyMemory<double>[k];
        var volume = new ReadOnlyMemory<double>[k];
        for (var s = 0; s < k; s++)
        {
            var (o, h, l, c, v) = (Filled(times.Length), Filled(times.Length), Filled(times.Length), Filled(times.Length), Filled(times.Length));
            var src = series[s];
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
            }

            (open[s], high[s], low[s], close[s], volume[s]) = (o, h, l, c, v);
        }

        return new BarFrame(symbols, times, open, high, low, close, volume);
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
