namespace Sextant.Research;

/// <summary>How an augmented Dickey–Fuller regression chooses its number of lagged differences (statsmodels' <c>autolag</c>).</summary>
public enum LagSelection
{
    /// <summary>Use exactly the maximum lag (<c>autolag=None</c>).</summary>
    Fixed,

    /// <summary>Minimise Akaike's information criterion over lags 0…maxlag fitted on one common sample (<c>autolag="AIC"</c>), the default.</summary>
    Aic,

    /// <summary>Minimise the Bayesian (Schwarz) information criterion over lags 0…maxlag on one common sample (<c>autolag="BIC"</c>).</summary>
    Bic,
}
