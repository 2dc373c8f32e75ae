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
    private readonly Dictionary<Symbol, int> _columns;

    private BarFrame(IReadOnlyList<Symbol> symbols, UnixNanos[] times, double[][] open, double[][] high, double[][] low, double[][] close, double[][] volume)
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
    public ReadOnlySpan<UnixNanos> Times => _times;

    /// <summary>The column of <paramref name="symbol"/>; throws naming the symbol and the columns when it is absent.</summary>
    public int ColumnOf(Symbol symbol) => _columns.TryGetValue(symbol, out var column)
        ? column
        : throw new KeyNotFoundException($"Symbol {symbol} is not in this frame; columns: {string.Join(", ", Symbols)}");

    /// <summary>Open prices of column <paramref name="column"/> (NaN where the symbol has no bar).</summary>
    public ReadOnlySpan<double> Open(int column) => _open[column];

    /// <summary>High prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> High(int column) => _high[column];

    /// <summary>Low prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Low(int column) => _low[column];

    /// <summary>Close prices of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Close(int column) => _close[column];

    /// <summary>Volumes of column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> Volume(int column) => _volume[column];

    /// <summary>Whether column <paramref name="column"/> has a bar at <paramref name="row"/>.</summary>
    public bool Has(int column, int row) => !double.IsNaN(_close[column][row]);

    /// <summary>The bar of column <paramref name="column"/> at <paramref name="row"/>; only meaningful when <see cref="Has"/>.</summary>
    public Bar BarAt(int column, int row) =>
        new(_times[row], _open[column][row], _high[column][row], _low[column][row], _close[column][row], _volume[column][row]);

    /// <summary>
    /// Aligns <paramref name="series"/> (one per symbol, each strictly increasing) on the union of their timestamps;
    /// O(total bars) by a k-way merge.
    /// </summary>
    public static BarFrame Align(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var times = UnionOfTimes(series);
        var k = series.Count;
        var open = new double[k][];
        var high = new double[k][];
        var low = new double[k][];
        var close = new double[k][];
        var volume = new double[k][];
        for (var s = 0; s < k; s++)
        {
            open[s] = Filled(times.Length);
            high[s] = Filled(times.Length);
            low[s] = Filled(times.Length);
            close[s] = Filled(times.Length);
            volume[s] = Filled(times.Length);
            var src = series[s];
            var row = 0;
            var srcTimes = src.Times;
            for (var i = 0; i < src.Count; i++)
            {
                while (times[row] != srcTimes[i])
                {
                    row++;
                }

                open[s][row] = src.Open[i];
                high[s][row] = src.High[i];
                low[s][row] = src.Low[i];
                close[s][row] = src.Close[i];
                volume[s][row] = src.Volume[i];
            }
        }

        return new BarFrame(series.Select(x => x.Key.Symbol).ToArray(), times, open, high, low, close, volume);
    }

    private static double[] Filled(int length)
    {
        var column = new double[length];
        Array.Fill(column, double.NaN);
        return column;
    }

    private static UnixNanos[] UnionOfTimes(IReadOnlyList<BarSeries> series)
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
