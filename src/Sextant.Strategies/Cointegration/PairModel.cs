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

    /// <summary>
    /// The half-life in bars of the spread y − α − βx over the window, with the current <see cref="Alpha"/> and <see cref="Beta"/>:
    /// <see cref="Research.MeanReversion.HalfLife.Estimate"/> of that spread (+∞ without reversion, NaN for a constant spread or
    /// fewer than 3 points), without copying the window.
    /// </summary>
    public abstract double HalfLife();

    /// <summary>
    /// <see cref="HalfLife"/> over the rings <paramref name="xs"/>/<paramref name="ys"/> (last <paramref name="count"/> points, next write
    /// at <paramref name="next"/>): the slope b of Δs on s₋₁ with a constant from one pass of sums about the first spread value
    /// (u = s − s₀, so the sums stay of the spread's own size), Σ(u − ū)(Δs − Δ̄) = Σu·Δs − Δ̄·Σu and Σ(u − ū)² = Σu² − ū·Σu,
    /// where Δ̄ = (s_last − s₀)/m telescopes; then −ln 2 / b. Agrees with the two-pass estimate to rounding.
    /// </summary>
    protected static double RingHalfLife(double[] xs, double[] ys, int count, int next, double alpha, double beta)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        if (count < 3)
        {
            return double.NaN;
        }

        var start = count == xs.Length ? next : 0;
        var first = Math.Min(count, xs.Length - start);
        var s0 = ys[start] - alpha - (beta * xs[start]);
        var sums = default(HalfLifeSums); // u₀ = 0
        sums.Add(xs.AsSpan(start + 1, first - 1), ys.AsSpan(start + 1, first - 1), alpha, beta, s0);
        sums.Add(xs.AsSpan(0, count - first), ys.AsSpan(0, count - first), alpha, beta, s0);
        var m = count - 1;
        var meanU = sums.SumU / m;
        var meanChange = sums.Last / m; // (u_last − u₀) / m
        var sxx = sums.SumUU - (sums.SumU * meanU);
        var sxy = sums.SumUD - (sums.SumU * meanChange);
        return Research.MeanReversion.HalfLife.FromCoefficient(sxx == 0 ? double.NaN : sxy / sxx);
    }

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

    private struct HalfLifeSums
    {
        public double SumU;
        public double SumUU;
        public double SumUD;
        public double Last;

        /// <summary>Pair i contributes level u_i and change u_{i+1} − u_i; called with the points after the first, in order.</summary>
        public void Add(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double alpha, double beta, double s0)
        {
            double sumU = SumU, sumUU = SumUU, sumUD = SumUD, previous = Last;
            for (var i = 0; i < x.Length; i++)
            {
                var u = y[i] - alpha - (beta * x[i]) - s0;
                sumU += previous;
                sumUU += previous * previous;
                sumUD += previous * (u - previous);
                previous = u;
            }

            (SumU, SumUU, SumUD, Last) = (sumU, sumUU, sumUD, previous);
        }
    }
}
