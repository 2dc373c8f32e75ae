using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Core.Tests.Support;

/// <summary>Builds a valid order (market buy of 1 BTCUSDT by default) and can walk it into any status through legal events.</summary>
internal sealed class OrderBuilder
{
    private ClientOrderId _id = new("pairs-000001");
    private Symbol _symbol = Some.Symbol();
    private OrderSide _side = OrderSide.Buy;
    private OrderType _type = OrderType.Market;
    private Quantity _quantity = new(1m);
    private Price? _limitPrice;
    private TimeInForce _timeInForce = TimeInForce.Gtc;
    private UnixNanos _createdAt = Some.Time();

    public OrderBuilder WithId(string id)
    {
        _id = new ClientOrderId(id);
        return this;
    }

    public OrderBuilder WithSymbol(string symbol)
    {
        _symbol = new Symbol(symbol);
        return this;
    }

    public OrderBuilder Selling()
    {
        _side = OrderSide.Sell;
        return this;
    }

    public OrderBuilder WithQuantity(decimal quantity)
    {
        _quantity = new Quantity(quantity);
        return this;
    }

    public OrderBuilder Limit(decimal price, TimeInForce timeInForce = TimeInForce.Gtc)
    {
        _type = OrderType.Limit;
        _limitPrice = new Price(price);
        _timeInForce = timeInForce;
        return this;
    }

    public OrderBuilder CreatedAt(UnixNanos time)
    {
        _createdAt = time;
        return this;
    }

    public Order Build() => Order.Create(
        _id, Some.Strategy(), Some.Broker(), _symbol, AssetClass.Crypto, _side, _type, _quantity, _limitPrice, _timeInForce, _createdAt);

    /// <summary>Builds the order and applies the shortest legal event path to <paramref name="status"/>.</summary>
    public Order BuildIn(OrderStatus status)
    {
        var order = Build();
        foreach (var kind in PathTo(status))
        {
            order.Apply(Events.Of(order, kind));
        }

        Assert.Equal(status, order.Status);
        return order;
    }

    private static OrderEventKind[] PathTo(OrderStatus status) => status switch
    {
        OrderStatus.Created => [],
        OrderStatus.Denied => [OrderEventKind.Denied],
        OrderStatus.Submitted => [OrderEventKind.Submitted],
        OrderStatus.Rejected => [OrderEventKind.Submitted, OrderEventKind.Rejected],
        OrderStatus.Accepted => [OrderEventKind.Submitted, OrderEventKind.Accepted],
        OrderStatus.PartiallyFilled => [OrderEventKind.Submitted, OrderEventKind.Accepted, OrderEventKind.PartialFill],
        OrderStatus.PendingCancel => [OrderEventKind.Submitted, OrderEventKind.Accepted, OrderEventKind.CancelSent],
        OrderStatus.Canceled => [OrderEventKind.Submitted, OrderEventKind.Accepted, OrderEventKind.CancelSent, OrderEventKind.Canceled],
        OrderStatus.Expired => [OrderEventKind.Submitted, OrderEventKind.Accepted, OrderEventKind.Expired],
        OrderStatus.Filled => [OrderEventKind.Submitted, OrderEventKind.Accepted, OrderEventKind.Fill],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No path to this status"),
    };
}
