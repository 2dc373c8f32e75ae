using Sextant.Core.Orders;

namespace Sextant.Brokers.Simulated.Models;

/// <summary>Moves a market fill price against the trader.</summary>
public interface ISlippageModel
{
    /// <summary>The price after slippage for a fill of <paramref name="side"/> at <paramref name="price"/>.</summary>
    decimal Apply(OrderSide side, decimal price);
}

/// <summary>Slippage of a fixed number of basis points: buys at price·(1 + bps/10⁴), sells at price·(1 − bps/10⁴). Half a quoted spread is the same model with bps = spread/2.</summary>
public sealed class BpsSlippageModel(decimal bps) : ISlippageModel
{
    private readonly decimal _up = 1 + (bps / 10_000m);
    private readonly decimal _down = 1 - (bps / 10_000m);

    /// <inheritdoc />
    public decimal Apply(OrderSide side, decimal price) => side == OrderSide.Buy ? price * _up : price * _down;
}
