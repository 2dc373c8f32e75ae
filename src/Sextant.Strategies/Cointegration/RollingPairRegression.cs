namespace Sextant.Strategies.Cointegration;

/// <summary>
/// OLS y = α + βx with intercept over the last <c>n</c> points, updated in O(1) per point from running sums about an
/// anchor (the first point), which keeps the sums small and the cancellation harmless; the sums are recomputed exactly
/// from the window every <c>n</c> points so rounding never accumulates. With a fixed β only α and the residual spread
/// are estimated. Allocation-free after construction.
/// </summary>
internal sealed class RollingPairRegression : IPairModel
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
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 3);
        _x = new double[window];
        _y = new double[window];
        _fixedBeta = fixedBeta;
        _invWindow = 1.0 / window;
        _invWindowLessOne = 1.0 / (window - 1);
    }

    /// <summary>The window length.</summary>
    public int Window => _x.Length;

    /// <summary>Points seen so far, capped at <see cref="Window"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the window is full.</summary>
    public bool IsWarm => Count == _x.Length;

    /// <summary>The latest fit's slope.</summary>
    public double Beta { get; private set; } = double.NaN;

    /// <summary>The latest fit's intercept.</summary>
    public double Alpha { get; private set; } = double.NaN;

    /// <summary>The residual of the latest point, y − α − βx.</summary>
    public double Residual { get; private set; } = double.NaN;

    /// <summary>sqrt(Σe² / (n − 1)) over the window.</summary>
    public double ResidualStd { get; private set; } = double.NaN;

    /// <summary>Residual / ResidualStd; NaN before warm-up or when the window is degenerate (no variation).</summary>
    public double Z { get; private set; } = double.NaN;

    /// <summary>Adds (x, y) and, once warm, refits.</summary>
    public void Add(double x, double y)
    {
        if (Count == 0)
        {
            _anchorX = x;
            _anchorY = y;
        }

        var dx = x - _anchorX;
        var dy = y - _anchorY;
        if (Count == _x.Length)
        {
            var ox = _x[_next] - _anchorX;
            var oy = _y[_next] - _anchorY;
            _sx -= ox;
            _sy -= oy;
            _sxx -= ox * ox;
            _syy -= oy * oy;
            _sxy -= ox * oy;
        }
        else
        {
            Count++;
        }

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

        if (IsWarm)
        {
            Fit(x, y);
        }
    }

    /// <summary>Copies the window's points, oldest first, into <paramref name="x"/> and <paramref name="y"/> (each at least <see cref="Count"/> long).</summary>
    public void CopyWindow(Span<double> x, Span<double> y)
    {
        var start = Count == _x.Length ? _next : 0;
        for (var i = 0; i < Count; i++)
        {
            var j = (start + i) % _x.Length;
            x[i] = _x[j];
            y[i] = _y[j];
        }
    }

    private void Fit(double x, double y)
    {
        // Multiplications by 1/n and 1/(n − 1) instead of divisions: two divisions and a square root per bar.
        var invN = _invWindow;
        var mx = _sx * invN;
        var my = _sy * invN;
        var cxx = _sxx - (_sx * mx);
        var cxy = _sxy - (_sx * my);
        var cyy = _syy - (_sy * my);
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
        Z = std > 0 ? residual / std : double.NaN;
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
