using Sextant.Core.Bars;
using Sextant.Core.Orders;

namespace Sextant.Brokers.Simulated.Models;

/// <summary>Decides whether and at what price a working order trades within a bar (Lean's fill model idea).</summary>
public interface IFillModel
{
    /// <summary>True when a market order fills at submission at the decision bar's close (instead of waiting for the next bar).</summary>
    bool FillsMarketOrdersOnSubmit { get; }

    /// <summary>True and the raw price (before slippage) and liquidity when <paramref name="order"/> trades in <paramref name="bar"/>.</summary>
    bool TryFill(Order order, in Bar bar, out decimal price, out Liquidity liquidity);
}
