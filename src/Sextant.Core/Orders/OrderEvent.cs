using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>Something that happened to one order; <see cref="Order.Apply"/> is the only way an event changes an order.</summary>
public abstract record OrderEvent
{
    /// <summary>Sets the common fields; throws <see cref="ArgumentException"/> when <paramref name="orderId"/> is unset.</summary>
    /// <param name="orderId">The order the event belongs to; must be set.</param>
    /// <param name="time">When it happened (UTC): the venue's time for venue events, the engine clock for local ones.</param>
    protected OrderEvent(ClientOrderId orderId, UnixNanos time)
    {
        if (!orderId.IsSet)
        {
            throw new ArgumentException($"{GetType().Name} at {time}: order id must be set", nameof(orderId));
        }

        OrderId = orderId;
        Time = time;
    }

    /// <summary>The order the event belongs to.</summary>
    public ClientOrderId OrderId { get; }

    /// <summary>When it happened (UTC).</summary>
    public UnixNanos Time { get; }

    /// <summary>The column of the transition table; null for <see cref="OrderFilled"/>, where the order decides between PartialFill and Fill.</summary>
    public abstract OrderEventKind? Kind { get; }
}
