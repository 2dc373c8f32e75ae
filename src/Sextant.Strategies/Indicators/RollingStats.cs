namespace Sextant.Strategies.Indicators;

/// <summary>
/// Mean and sample standard deviation of the last <c>n</c> values, O(1) per value from running sums about an anchor,
/// recomputed exactly from the window every <c>n</c> values so rounding never accumulates. Allocation-free after
/// construction.
/// </summary>
public sealed class RollingStats
{
    private readonly double[] _values;
    private readonly double _invN;
    private readonly double _invNLessOne;
    private double _anchor;
    private double _sum;
    private double _sumSquares;
    private int _next;
    private int _sinceRefresh;

    /// <summary>A window of <paramref name="length"/> values (at least 2).</summary>
    public RollingStats(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 2);
        _values = new double[length];
        _invN = 1.0 / length;
        _invNLessOne = 1.0 / (length - 1);
    }

    /// <summary>Values seen, capped at the window length.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the window is full.</summary>
    public bool IsWarm => Count == _values.Length;

    /// <summary>The mean of the window (NaN before warm-up).</summary>
    public double Mean => IsWarm ? _anchor + (_sum * _invN) : double.NaN;

    /// <summary>The sample standard deviation (ddof = 1) of the window (NaN before warm-up).</summary>
    public double StandardDeviation
    {
        get
        {
            if (!IsWarm)
            {
                return double.NaN;
            }

            var variance = (_sumSquares - (_sum * _sum * _invN)) * _invNLessOne;
            return variance > 0 ? Math.Sqrt(variance) : 0.0;
        }
    }

    /// <summary>Adds a value, dropping the oldest once the window is full.</summary>
    public void Add(double value)
    {
        if (Count == 0)
        {
            _anchor = value;
        }

        if (Count == _values.Length)
        {
            var old = _values[_next] - _anchor;
            _sum -= old;
            _sumSquares -= old * old;
        }
        else
        {
            Count++;
        }

        _values[_next] = value;
        _next = _next + 1 == _values.Length ? 0 : _next + 1;
        var d = value - _anchor;
        _sum += d;
        _sumSquares += d * d;
        if (++_sinceRefresh >= _values.Length)
        {
            Refresh(value);
        }
    }

    private void Refresh(double anchor)
    {
        _sinceRefresh = 0;
        _anchor = anchor;
        _sum = 0;
        _sumSquares = 0;
        for (var i = 0; i < Count; i++)
        {
            var d = _values[i] - anchor;
            _sum += d;
            _sumSquares += d * d;
        }
    }
}
