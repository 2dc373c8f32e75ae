using Sextant.Core.Time;

namespace Sextant.Core.Bars;

/// <summary>
/// Bars of one series held column by column (one array per field, not one object per bar), sorted by strictly
/// increasing open time. Immutable once built: the arrays are owned by the series and exposed as read-only spans.
/// Prices and volume are <c>double</c> (analytics); time is the bar's open time in UTC.
/// </summary>
public sealed class BarSeries
{
    private readonly UnixNanos[] _times;
    private readonly double[] _open;
    private readonly double[] _high;
    private readonly double[] _low;
    private readonly double[] _close;
    private readonly double[] _volume;
    private double[]? _logClose;

    /// <summary>Takes ownership of the first <paramref name="count"/> elements of each array; throws unless times strictly increase and every array is long enough.</summary>
    public BarSeries(SeriesKey key, UnixNanos[] times, double[] open, double[] high, double[] low, double[] close, double[] volume, int count)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(high);
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(close);
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (times.Length < count || open.Length < count || high.Length < count || low.Length < count || close.Length < count || volume.Length < count)
        {
            throw new ArgumentException($"Bar series {key}: every column needs at least {count} elements", nameof(count));
        }

        for (var i = 1; i < count; i++)
        {
            if (times[i] <= times[i - 1])
            {
                throw new ArgumentException($"Bar series {key}: times must strictly increase, but bar {i} at {times[i]} follows {times[i - 1]}", nameof(times));
            }
        }

        Key = key;
        Count = count;
        (_times, _open, _high, _low, _close, _volume) = (times, open, high, low, close, volume);
    }

    /// <summary>Which series this is.</summary>
    public SeriesKey Key { get; }

    /// <summary>Number of bars.</summary>
    public int Count { get; }

    /// <summary>Open times (UTC), strictly increasing.</summary>
    public ReadOnlySpan<UnixNanos> Times => _times.AsSpan(0, Count);

    /// <summary>Open prices.</summary>
    public ReadOnlySpan<double> Open => _open.AsSpan(0, Count);

    /// <summary>High prices.</summary>
    public ReadOnlySpan<double> High => _high.AsSpan(0, Count);

    /// <summary>Low prices.</summary>
    public ReadOnlySpan<double> Low => _low.AsSpan(0, Count);

    /// <summary>Close prices.</summary>
    public ReadOnlySpan<double> Close => _close.AsSpan(0, Count);

    /// <summary>Volume in base units (coins, shares).</summary>
    public ReadOnlySpan<double> Volume => _volume.AsSpan(0, Count);

    /// <summary>The bar open times as memory, for frames that share this series' storage instead of copying it.</summary>
    public ReadOnlyMemory<UnixNanos> TimesMemory => _times.AsMemory(0, Count);

    /// <summary>Open prices as memory.</summary>
    public ReadOnlyMemory<double> OpenMemory => _open.AsMemory(0, Count);

    /// <summary>High prices as memory.</summary>
    public ReadOnlyMemory<double> HighMemory => _high.AsMemory(0, Count);

    /// <summary>Low prices as memory.</summary>
    public ReadOnlyMemory<double> LowMemory => _low.AsMemory(0, Count);

    /// <summary>Close prices as memory.</summary>
    public ReadOnlyMemory<double> CloseMemory => _close.AsMemory(0, Count);

    /// <summary>Volumes as memory.</summary>
    public ReadOnlyMemory<double> VolumeMemory => _volume.AsMemory(0, Count);

    /// <summary>True once <see cref="LogCloseMemory"/> has been computed (reading it then costs nothing).</summary>
    public bool HasLogClose => Volatile.Read(ref _logClose) is not null;

    /// <summary>
    /// ln(close) of every bar (<see cref="Math.Log(double)"/>, so exactly the value a strategy on log prices would compute bar by
    /// bar), computed on first use and kept: the series is immutable, so a backtest or a sweep pays one logarithm per bar once
    /// at load instead of one per bar per run. Thread-safe; costs 8 bytes per bar once computed.
    /// </summary>
    public ReadOnlyMemory<double> LogCloseMemory
    {
        get
        {
            var logs = Volatile.Read(ref _logClose);
            if (logs is null)
            {
                logs = new double[Count];
                for (var i = 0; i < logs.Length; i++)
                {
                    logs[i] = Math.Log(_close[i]);
                }

                logs = Interlocked.CompareExchange(ref _logClose, logs, null) ?? logs;
            }

            return logs.AsMemory(0, Count);
        }
    }

    /// <summary>The bar at <paramref name="index"/>, as a value.</summary>
    public Bar this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new Bar(_times[index], _open[index], _high[index], _low[index], _close[index], _volume[index]);
        }
    }

    /// <summary>An empty series.</summary>
    public static BarSeries Empty(SeriesKey key) => new(key, [], [], [], [], [], [], 0);

    /// <summary>The last bar's open time, or null when empty.</summary>
    public UnixNanos? LastTime => Count == 0 ? null : _times[Count - 1];

    /// <summary>Index of the first bar at or after <paramref name="time"/> (binary search); <see cref="Count"/> when none.</summary>
    public int LowerBound(UnixNanos time)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_times[mid] < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The bars whose open time lies in <paramref name="range"/>, copied into a new series.</summary>
    public BarSeries Slice(TimeRange range)
    {
        var from = LowerBound(range.Start);
        var to = LowerBound(range.End);
        var n = to - from;
        if (from == 0 && n == Count)
        {
            return this; // immutable: the whole series is its own slice
        }

        var slice = new BarSeries(Key, _times[from..to], _open[from..to], _high[from..to], _low[from..to], _close[from..to], _volume[from..to], n);
        if (Volatile.Read(ref _logClose) is { } logs)
        {
            slice._logClose = logs[from..to]; // already computed here: a slice (a walk-forward window, --from/--to) keeps them
        }

        return slice;
    }
}
