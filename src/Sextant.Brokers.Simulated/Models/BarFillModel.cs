using Sextant.Core.Bars;
using Sextant.Core.Orders;

namespace Sextant.Brokers.Simulated.Models;

/// <summary>
/// Fills against bars: market orders at the open of the first bar after they were sent (<c>next_open</c>), or at the
/// decision bar's close (<c>close</c>); limit orders when the bar trades through the limit, at the limit, or at the
/// open when the bar opens through it (a gap fills at the better open price).
/// </summary>
public sealed class BarFillModel(bool fillMarketAtClose) : IFillModel
{
    /// <inheritdoc />
    public bool FillsMarketOrdersOnSubmit { get; } = fillMarketAtClose;

    /// <inheritdoc />
    public bool TryFill(Order order, in Bar bar, out decimal price, out Liquidity liquidity)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.OrderType == OrderType.Market)
        {
            price = (decimal)bar.Open;
            liquidity = Liquidity.Taker;
            return true;
        }

        var limit = order.LimitPrice!.Value.Value;
        var open = (decimal)bar.Open;
        liquidity = Liquidity.Maker;
        if (order.Side == OrderSide.Buy)
        {
            price = open <= limit ? open : limit;
            return open <= limit || (decimal)bar.Low <= limit;
        }

        price = open >= limit ? open : limit;
        return open >= limit || (decimal)bar.High >= limit;
    }
}
