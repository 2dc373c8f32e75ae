using Sextant.Core.Time;

namespace Sextant.Core.Bars;

/// <summary>Collects bars column by column in time order and builds a <see cref="BarSeries"/> without per-bar objects.</summary>
public sealed class BarSeriesBuilder
{
    private UnixNanos[] _times;
    private double[] _open;
    private double[] _high;
    private double[] _low;
    private double[] _close;
    private double[] _volume;

    /// <summary>Creates a builder with room for <paramref name="capacity"/> bars (it grows as needed).</summary>
    public BarSeriesBuilder(SeriesKey key, int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Key = key;
        capacity = Math.Max(capacity, 4);
        (_times, _open, _high, _low, _close, _volume) = (new UnixNanos[capacity], new double[capacity], new double[capacity], new double[capacity], new double[capacity], new double[capacity]);
    }

    /// <summary>The series being built.</summary>
    public SeriesKey Key { get; }

    /// <summary>Bars added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a bar; its time must be after the previous bar's (throws otherwise, naming both times).</summary>
    public void Add(UnixNanos time, double open, double high, double low, double close, double volume)
    {
        if (Count > 0 && time <= _times[Count - 1])
        {
            throw new ArgumentException($"Bar series {Key}: bar at {time} does not follow {_times[Count - 1]}; add bars in strictly increasing time", nameof(time));
        }

        if (Count == _times.Length)
        {
            Grow();
        }

        _times[Count] = time;
        _open[Count] = open;
        _high[Count] = high;
        _low[Count] = low;
        _close[Count] = close;
        _volume[Count] = volume;
        Count++;
    }

    /// <summary>Appends a bar value.</summary>
    public void Add(in Bar bar) => Add(bar.Time, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);

    /// <summary>Builds the series; the builder must not be used afterwards.</summary>
    public BarSeries Build() => new(Key, _times, _open, _high, _low, _close, _volume, Count);

    private void Grow()
    {
        var size = _times.Length * 2;
        Array.Resize(ref _times, size);
        Array.Resize(ref _open, size);
        Array.Resize(ref _high, size);
        Array.Resize(ref _low, size);
        Array.Resize(ref _close, size);
        Array.Resize(ref _volume, size);
    }
}
