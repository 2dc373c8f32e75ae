namespace Sextant.Strategies.Cointegration;

/// <summary>How a pair's hedge ratio and spread z-score are estimated bar by bar: rolling OLS (or a fixed ratio), or a Kalman filter.</summary>
internal interface IPairModel
{
    /// <summary>Points seen, capped at the window length.</summary>
    int Count { get; }

    /// <summary>Whether signals may be taken (a full window).</summary>
    bool IsWarm { get; }

    /// <summary>The current hedge ratio.</summary>
    double Beta { get; }

    /// <summary>The current intercept.</summary>
    double Alpha { get; }

    /// <summary>The latest point's spread, y − α − βx.</summary>
    double Residual { get; }

    /// <summary>The spread's standard deviation the z-score divides by.</summary>
    double ResidualStd { get; }

    /// <summary>Residual / ResidualStd; NaN before warm-up or when undefined.</summary>
    double Z { get; }

    /// <summary>Adds (x, y) (transformed prices) and updates the estimates.</summary>
    void Add(double x, double y);

    /// <summary>Copies the last <see cref="Count"/> points, oldest first.</summary>
    void CopyWindow(Span<double> x, Span<double> y);
}
