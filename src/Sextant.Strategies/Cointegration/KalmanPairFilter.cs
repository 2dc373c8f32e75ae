namespace Sextant.Strategies.Cointegration;

/// <summary>
/// A Kalman filter on y_t = β_t·x_t + α_t + ε_t with (β, α) a random walk (state noise δ/(1−δ)·I, observation noise
/// V_e), as in Chan's pairs-trading formulation. Per bar: forecast ŷ = βx + α with variance Q = F·R·Fᵀ + V_e, where
/// R = P + δ/(1−δ)·I; spread e = y − ŷ; z = e/√Q; then the state moves by the gain K = R·Fᵀ/Q. O(1) and allocation-free;
/// the last <c>window</c> points are kept for warm-up, half-life and re-tests. Starts at β = α = 0 with P = I.
/// </summary>
internal sealed class KalmanPairFilter : PairModel
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double _stateNoise;
    private readonly double _observationNoise;
    private double _beta;
    private double _alpha;
    private double _p00 = 1;
    private double _p01;
    private double _p11 = 1;
    private int _next;

    public KalmanPairFilter(int window, double delta, double observationVariance)
        : base(window)
    {
        _x = new double[window];
        _y = new double[window];
        _stateNoise = delta / (1 - delta);
        _observationNoise = observationVariance;
        Beta = 0; // the filter's starting state
        Alpha = 0;
    }

    public override double Add(double x, double y)
    {
        Count = Math.Min(Count + 1, _x.Length);
        _x[_next] = x;
        _y[_next] = y;
        _next = _next + 1 == _x.Length ? 0 : _next + 1;

        // R = P + Vw
        var r00 = _p00 + _stateNoise;
        var r01 = _p01;
        var r11 = _p11 + _stateNoise;

        // F = [x, 1]: R·Fᵀ and Q = F·R·Fᵀ + Ve
        var rf0 = (r00 * x) + r01;
        var rf1 = (r01 * x) + r11;
        var q = (x * rf0) + rf1 + _observationNoise;
        var error = y - ((_beta * x) + _alpha);
        Residual = error;
        ResidualStd = Math.Sqrt(q);

        // K = R·Fᵀ / Q; θ += K·e; P = R − K·(F·R)
        var k0 = rf0 / q;
        var k1 = rf1 / q;
        _beta += k0 * error;
        _alpha += k1 * error;
        _p00 = r00 - (k0 * rf0);
        _p01 = r01 - (k0 * rf1);
        _p11 = r11 - (k1 * rf1);
        Beta = _beta;
        Alpha = _alpha;
        Z = IsWarm && ResidualStd > 0 ? Residual / ResidualStd : double.NaN;
        return Z;
    }

    public override void CopyWindow(Span<double> x, Span<double> y) => CopyRing(_x, _y, Count, _next, x, y);

    /// <inheritdoc />
    public override double HalfLife() => RingHalfLife(_x, _y, Count, _next, Alpha, Beta);
}
