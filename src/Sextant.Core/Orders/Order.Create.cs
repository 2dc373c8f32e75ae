using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <content>Creation: the factory and the checks every new order passes.</content>
public sealed partial class Order
{
    /// <summary>
    /// Creates an order in status Created; throws <see cref="ArgumentException"/> naming the order when a value is missing,
    /// the quantity is not positive, or the limit price is missing (limit) or present (market).
    /// </summary>
    /// <param name="id">Our id for the order; must be set.</param>
    /// <param name="strategy">The strategy whose signal led to the order; must be set.</param>
    /// <param name="broker">The broker the order goes through; must be set.</param>
    /// <param name="symbol">The instrument; must be set.</param>
    /// <param name="assetClass">The instrument's asset class.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="type">Market or limit.</param>
    /// <param name="quantity">Base units; must be positive.</param>
    /// <param name="limitPrice">Quote units; required and positive for limit orders, null for market orders.</param>
    /// <param name="tif">How long the order stays working.</param>
    /// <param name="createdAt">The engine clock at creation (UTC).</param>
    /// <param name="signal">The signal the order was made for, when it was (its metadata travels with the order); null otherwise.</param>
    public static Order Create(
        ClientOrderId id, StrategyId strategy, BrokerId broker, Symbol symbol, AssetClass assetClass, OrderSide side,
        OrderType type, Quantity quantity, Price? limitPrice, TimeInForce tif, UnixNanos createdAt, Signals.Signal? signal = null)
    {
        if (!id.IsSet)
        {
            throw new ArgumentException("Order id must be set", nameof(id));
        }

        (string Message, string ParamName)? problem =
            !strategy.IsSet ? ("strategy must be set", nameof(strategy))
            : !broker.IsSet ? ("broker must be set", nameof(broker))
            : !symbol.IsSet ? ("symbol must be set", nameof(symbol))
            : !assetClass.IsDefined() ? ($"asset class must be one of {AssetClasses.AllowedNames}, was {(int)assetClass}", nameof(assetClass))
            : side is not (OrderSide.Buy or OrderSide.Sell) ? ($"side must be Buy or Sell, was {(int)side}", nameof(side))
            : !Enum.IsDefined(tif) ? ($"time in force must be one of {string.Join(", ", Enum.GetNames<TimeInForce>())}, was {(int)tif}", nameof(tif))
            : quantity.Value <= 0 ? ($"quantity must be positive, was {quantity}", nameof(quantity))
            : CheckPrice(type, limitPrice);
        if (problem is var (message, paramName))
        {
            throw new ArgumentException($"Order {id}: {message}", paramName);
        }

        return new Order(id, strategy, broker, symbol, assetClass, side, type, quantity, limitPrice, tif, createdAt) { Signal = signal };
    }

    private static (string Message, string ParamName)? CheckPrice(OrderType type, Price? limitPrice) => (type, limitPrice) switch
    {
        (OrderType.Market, null) => null,
        (OrderType.Market, { } price) => ($"a Market order takes no limit price, was {price}", nameof(limitPrice)),
        (OrderType.Limit, null) => ("a Limit order needs a limit price", nameof(limitPrice)),
        (OrderType.Limit, { Value: <= 0 } price) => ($"limit price must be positive, was {price}", nameof(limitPrice)),
        (OrderType.Limit, _) => null,
        _ => ($"order type must be Market or Limit, was {(int)type}", "type"),
    };
}
