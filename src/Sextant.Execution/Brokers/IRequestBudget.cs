namespace Sextant.Execution.Brokers;

/// <summary>
/// A venue client that knows how much of its request budget it has used, as the venue last reported it (Binance US:
/// <c>X-MBX-USED-WEIGHT-1M</c> against 1200 weight a minute; Alpaca: <c>X-RateLimit-*</c>). The dashboard and metrics
/// show the tightest of a broker's budgets: its order API's and its market-data source's.
/// </summary>
public interface IRequestBudget
{
    /// <summary>Requests (or request weight) used in the current window; null before the venue's first answer.</summary>
    int? RequestsUsed { get; }

    /// <summary>The window's limit; null when unknown (before the first answer, for a venue that does not say).</summary>
    int? RequestLimit { get; }
}
