namespace Sextant.Research.Regression;

/// <summary>
/// An ordinary least squares fit, with statsmodels' definitions: σ² = SSR / (n − k), standard errors from
/// σ²(XᵀX)⁻¹, log-likelihood −n/2 (log 2π + log(SSR/n) + 1), AIC = −2 llf + 2k, BIC = −2 llf + k log n, and R²
/// centred when the model has an intercept, uncentred (1 − SSR/Σy²) when it does not.
/// </summary>
public sealed class OlsResult
{
    internal OlsResult(double[] coefficients, double[] standardErrors, double[] residuals, bool hasIntercept, double rSquared)
    {
        Coefficients = coefficients;
        StandardErrors = standardErrors;
        var t = new double[coefficients.Length];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = coefficients[i] / standardErrors[i];
        }

        TStatistics = t;
        Residuals = residuals;
        HasIntercept = hasIntercept;
        RSquared = rSquared;
        Nobs = residuals.Length;
        DegreesOfFreedom = Nobs - coefficients.Length;
        double ssr = 0;
        foreach (var e in residuals)
        {
            ssr += e * e;
        }

        Ssr = ssr;
        var half = Nobs / 2.0;
        LogLikelihood = -half * Math.Log(2 * Math.PI) - half * Math.Log(ssr / Nobs) - half;
        Aic = -2 * LogLikelihood + 2 * coefficients.Length;
        Bic = -2 * LogLikelihood + Math.Log(Nobs) * coefficients.Length;
    }

    /// <summary>Coefficients; the intercept first when the model was fitted with one, then the regressors in order.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    /// <summary>Standard errors of <see cref="Coefficients"/> (non-robust).</summary>
    public IReadOnlyList<double> StandardErrors { get; }

    /// <summary>t-statistics: coefficient / standard error.</summary>
    public IReadOnlyList<double> TStatistics { get; }

    /// <summary>Residuals y − Xb, one per observation.</summary>
    public IReadOnlyList<double> Residuals { get; }

    /// <summary>Whether an intercept was added (and R² is centred).</summary>
    public bool HasIntercept { get; }

    /// <summary>Coefficient of determination; centred with an intercept, uncentred without (as statsmodels).</summary>
    public double RSquared { get; }

    /// <summary>Number of observations n.</summary>
    public int Nobs { get; }

    /// <summary>Residual degrees of freedom n − k.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>Sum of squared residuals.</summary>
    public double Ssr { get; }

    /// <summary>Residual variance estimate σ² = SSR / (n − k).</summary>
    public double ResidualVariance => Ssr / DegreesOfFreedom;

    /// <summary>Gaussian log-likelihood at the estimates (profiled σ²).</summary>
    public double LogLikelihood { get; }

    /// <summary>Akaike information criterion −2 llf + 2k.</summary>
    public double Aic { get; }

    /// <summary>Bayesian information criterion −2 llf + k log n.</summary>
    public double Bic { get; }
}
