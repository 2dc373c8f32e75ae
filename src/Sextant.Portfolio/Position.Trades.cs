using Sextant.Core.Time;

namespace Sextant.Portfolio;

/// <content>The average-cost rules: increase, reduce, close and flip.</content>
public sealed partial class Position
{
    private const int ReleasedCostDecimals = 12;

    /// <summary>
    /// Applies a signed trade (buy &gt; 0, sell &lt; 0) of <paramref name="signedQuantity"/> at <paramref name="price"/> and
    /// returns the PnL it realized. Increasing (or opening) adds quantity × price to the cost basis, so the new average is
    /// (|q|·avg + fillQty·price) / (|q| + fillQty). Reducing realizes closedQty × (price − avg) × (+1 long, −1 short) and
    /// keeps the average. Reaching or crossing zero realizes the whole old side and opens any remainder at the price.
    /// </summary>
    internal decimal Trade(decimal signedQuantity, decimal price, UnixNanos time) => Trade(signedQuantity, price, signedQuantity * price, time);

    /// <summary>As <see cref="Trade(decimal, decimal, UnixNanos)"/>, given <paramref name="signedNotional"/> = signed quantity × price already computed (a fill's notional).</summary>
    internal decimal Trade(decimal signedQuantity, decimal price, decimal signedNotional, UnixNanos time)
    {
        if (signedQuantity == 0)
        {
            return 0m;
        }

        if (Quantity == 0 || (Quantity > 0) == (signedQuantity > 0))
        {
            OpenedAt ??= time;
            CostBasis += signedNotional;
            Quantity += signedQuantity;
            return 0m;
        }

        var closing = Math.Abs(signedQuantity);
        var open = Math.Abs(Quantity);
        decimal realized;
        if (closing < open)
        {
            // The share of the cost basis that leaves with the closed quantity. Rounded to 12 places (far below any tick)
            // so that every later sum stays within decimal's 28 digits, and cash, realized and unrealized agree to the last digit.
            var released = Math.Round(CostBasis * closing / open, ReleasedCostDecimals, MidpointRounding.ToEven);
            realized = -signedNotional - released;
            CostBasis -= released;
            Quantity += signedQuantity;
        }
        else
        {
            realized = (Quantity * price) - CostBasis;
            Quantity += signedQuantity;
            CostBasis = Quantity * price;
            OpenedAt = Quantity == 0 ? null : time;
        }

        RealizedPnl += realized;
        return realized;
    }

    /// <summary>Adds a fee already valued in quote units (negative for a rebate).</summary>
    internal void AddFee(decimal quoteAmount) => Fees += quoteAmount;
}
