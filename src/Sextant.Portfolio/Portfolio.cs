using Sextant.Core.Instruments;

namespace Sextant.Portfolio;

/// <summary>
/// The one accounting core: a cash account in one quote asset (e.g. USDT or USD) plus positions at average cost, one per
/// strategy per instrument (a sub-ledger per strategy), updated by <see cref="Apply"/>. Every amount is an exact decimal
/// in the quote asset; the portfolio's realized PnL, unrealized PnL and fees are the sums over the sub-ledgers, and
/// equity = cash + Σ net quantity × mark = starting cash + realized + unrealized − fees.
/// The backtest marks with <see cref="Mark(int, double)"/> and reads <see cref="EquityEstimate"/> per bar without
/// allocating or doing decimal arithmetic. Not thread-safe: one owner (the backtest loop or a broker context) calls it.
/// </summary>
/// <remarks>
/// Code in another <c>Sextant.*</c> namespace sees the <c>Sextant.Portfolio</c> namespace before its using directives, so
/// it names this type with an alias placed after its file-scoped namespace: <c>using Portfolio = Sextant.Portfolio.Portfolio;</c>.
/// </remarks>
public sealed partial class Portfolio
{
    private decimal _cash;

    /// <summary>Creates an empty portfolio holding <paramref name="startingCash"/> of <paramref name="quoteAsset"/>.</summary>
    /// <param name="quoteAsset">The asset cash, prices, PnL and fees are counted in, e.g. <c>USDT</c>; must be set.</param>
    /// <param name="startingCash">Opening cash, quote units, zero or more.</param>
    public Portfolio(Asset quoteAsset, decimal startingCash)
    {
        if (!quoteAsset.IsSet)
        {
            throw new ArgumentException("Portfolio quote asset must be set", nameof(quoteAsset));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(startingCash);
        QuoteAsset = quoteAsset;
        StartingCash = startingCash;
        _cash = startingCash;
        _cashEstimate = (double)startingCash;
    }

    /// <summary>The asset cash, prices, PnL and fees are counted in.</summary>
    public Asset QuoteAsset { get; }

    /// <summary>Opening cash, quote units.</summary>
    public decimal StartingCash { get; }

    /// <summary>Cash now, quote units: starting cash − buys + sells − quote-asset fees; negative when borrowing (no buying-power check here).</summary>
    public decimal Cash => _cash;

    /// <summary>Exact equity, quote units: cash + Σ net quantity × mark over every instrument (decimal; for reports, not per bar).</summary>
    public decimal Equity
    {
        get
        {
            var equity = _cash;
            for (var i = 0; i < _instruments.Count; i++)
            {
                equity += _netQuantity[i] * MarkOf(i);
            }

            return equity;
        }
    }
}
