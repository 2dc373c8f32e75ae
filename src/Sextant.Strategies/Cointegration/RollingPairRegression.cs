namespace Sextant.Strategies.Cointegration;

/// <summary>
/// OLS y = α + βx with intercept over the last <c>n</c> points, updated in O(1) per point from running sums about an
/// anchor (the first point), which keeps the sums small and the cancellation harmless; the sums are recomputed exactly
/// from the window every <c>n</c> points so rounding never accumulates. With a fixed β only α and the residual spread
/// are estimated. Allocation-free after construction.
/// </summary>
internal sealed class RollingPairRegression : PairModel
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double _fixedBeta;
    private readonly double _invWindow;
    private readonly double _invWindowLessOne;
    private double _anchorX;
    private double _anchorY;
    private double _sx;
    private double _sy;
    private double _sxx;
    private double _syy;
    private double _sxy;
    private int _next;
    private int _sinceRefresh;

    /// <summary>A rolling regression over <paramref name="window"/> points; <paramref name="fixedBeta"/> NaN for a fitted β.</summary>
    public RollingPairRegression(int window, double fixedBeta)
        : base(window)
    {
        _x = new double[window];
        _y = new double[window];
        _fixedBeta = fixedBeta;
        _invWindow = 1.0 / window;
        _invWindowLessOne = 1.0 / (window - 1);
    }

    /// <summary>Adds (x, y) and, once warm, refits.</summary>
    public override double Add(double x, double y)
    {
        var xs = _x;
        var ys = _y;
        if (Count != xs.Length)
        {
            return AddWhileFilling(x, y);
        }

        // A full window (every bar after warm-up): the oldest point leaves, (x, y) enters. The sums are read once into
        // locals and written once, in the same operation order as (s − old) + new, so the results are bit for bit those of
        // updating the fields twice, without a second round trip through memory on the chain from one bar to the next.
        var next = _next;
        var (ax, ay) = (_anchorX, _anchorY);
        var ox = xs[next] - ax;
        var oy = ys[next] - ay;
        var dx = x - ax;
        var dy = y - ay;
        var sx = (_sx - ox) + dx;
        var sy = (_sy - oy) + dy;
        var sxx = (_sxx - (ox * ox)) + (dx * dx);
        var syy = (_syy - (oy * oy)) + (dy * dy);
        var sxy = (_sxy - (ox * oy)) + (dx * dy);
        xs[next] = x;
        ys[next] = y;
        _next = next + 1 == xs.Length ? 0 : next + 1;
        (_sx, _sy, _sxx, _syy, _sxy) = (sx, sy, sxx, syy, sxy);
        if (++_sinceRefresh >= xs.Length)
        {
            Refresh(x, y);
            return Fit(x, y, _sx, _sy, _sxx, _syy, _sxy);
        }

        return Fit(x, y, sx, sy, sxx, syy, sxy);
    }

    private double AddWhileFilling(double x, double y)
    {
        if (Count == 0)
        {
            _anchorX = x;
            _anchorY = y;
        }

        var dx = x - _anchorX;
        var dy = y - _anchorY;
        Count++;
        _x[_next] = x;
        _y[_next] = y;
        _next = _next + 1 == _x.Length ? 0 : _next + 1;
        _sx += dx;
        _sy += dy;
        _sxx += dx * dx;
        _syy += dy * dy;
        _sxy += dx * dy;

        if (++_sinceRefresh >= _x.Length)
        {
            Refresh(x, y);
        }

        return IsWarm ? Fit(x, y, _sx, _sy, _sxx, _syy, _sxy) : double.NaN;
    }

    /// <summary>Copies the window's points, oldest first, into <paramref name="x"/> and <paramref name="y"/> (each at least <see cref="PairModel.Count"/> long).</summary>
    public override void CopyWindow(Span<double> x, Span<double> y) => CopyRing(_x, _y, Count, _next, x, y);

    /// <inheritdoc />
    public override double HalfLife() => RingHalfLife(_x, _y, Count, _next, Alpha, Beta);

    private double Fit(double x, double y, double sx, double sy, double sxx, double syy, double sxy)
    {
        // Multiplications by 1/n and 1/(n − 1) instead of divisions: two divisions and a square root per bar.
        var invN = _invWindow;
        var mx = sx * invN;
        var my = sy * invN;
        var cxx = sxx - (sx * mx);
        var cxy = sxy - (sx * my);
        var cyy = syy - (sy * my);
        double beta;
        double ssr;
        if (double.IsNaN(_fixedBeta))
        {
            beta = cxx > 0 ? cxy / cxx : double.NaN;
            ssr = cyy - (beta * cxy);
        }
        else
        {
            beta = _fixedBeta;
            ssr = cyy - (2 * beta * cxy) + (beta * beta * cxx);
        }

        var alpha = _anchorY + my - (beta * (_anchorX + mx));
        var residual = y - alpha - (beta * x);
        var std = ssr > 0 ? Math.Sqrt(ssr * _invWindowLessOne) : double.NaN;
        Beta = beta;
        Alpha = alpha;
        Residual = residual;
        ResidualStd = std;
        var z = std > 0 ? residual / std : double.NaN;
        Z = z;
        return z;
    }

    private void Refresh(double x, double y)
    {
        _sinceRefresh = 0;
        _anchorX = x;
        _anchorY = y;
        _sx = _sy = _sxx = _syy = _sxy = 0;
        for (var i = 0; i < Count; i++)
        {
            var dx = _x[i] - _anchorX;
            var dy = _y[i] - _anchorY;
            _sx += dx;
            _sy += dy;
            _sxx += dx * dx;
            _syy += dy * dy;
            _sxy += dx * dy;
        }
    }
}
