namespace Sextant.Strategies.Cointegration;

/// <summary>
/// How a pair's hedge ratio and spread z-score are estimated bar by bar: rolling OLS (or a fixed ratio), or a Kalman filter.
/// An abstract class rather than an interface so that the per-bar reads (<see cref="IsWarm"/>, <see cref="Z"/>, …) are plain
/// field loads and the one call per bar, <see cref="Add"/>, is a virtual call rather than an interface dispatch.
/// </summary>
internal abstract class PairModel
{
    /// <summary>Creates a model that keeps the last <paramref name="window"/> points.</summary>
    protected PairModel(int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 3);
        Window = window;
    }

    /// <summary>The window length (points kept).</summary>
    public int Window { get; }

    /// <summary>Points seen, capped at the window length.</summary>
    public int Count { get; protected set; }

    /// <summary>Whether signals may be taken (a full window).</summary>
    public bool IsWarm => Count == Window;

    /// <summary>The current hedge ratio.</summary>
    public double Beta { get; protected set; } = double.NaN;

    /// <summary>The current intercept.</summary>
    public double Alpha { get; protected set; } = double.NaN;

    /// <summary>The latest point's spread, y − α − βx.</summary>
    public double Residual { get; protected set; } = double.NaN;

    /// <summary>The spread's standard deviation the z-score divides by.</summary>
    public double ResidualStd { get; protected set; } = double.NaN;

    /// <summary>Residual / ResidualStd; NaN before warm-up or when undefined.</summary>
    public double Z { get; protected set; } = double.NaN;

    /// <summary>Adds (x, y) (transformed prices), updates the estimates and returns the new <see cref="Z"/> (NaN until warm).</summary>
    public abstract double Add(double x, double y);

    /// <summary>Copies the last <see cref="Count"/> points, oldest first.</summary>
    public abstract void CopyWindow(Span<double> x, Span<double> y);

    /// <summary>Copies the last <paramref name="count"/> points of the rings <paramref name="xs"/>/<paramref name="ys"/> (next write at <paramref name="next"/>), oldest first, as two block copies.</summary>
    protected static void CopyRing(double[] xs, double[] ys, int count, int next, Span<double> x, Span<double> y)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        var start = count == xs.Length ? next : 0;
        var first = Math.Min(count, xs.Length - start);
        xs.AsSpan(start, first).CopyTo(x);
        ys.AsSpan(start, first).CopyTo(y);
        xs.AsSpan(0, count - first).CopyTo(x[first..]);
        ys.AsSpan(0, count - first).CopyTo(y[first..]);
    }
}
