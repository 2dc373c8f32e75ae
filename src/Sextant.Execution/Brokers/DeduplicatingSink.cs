using Sextant.Core.Orders;

namespace Sextant.Execution.Brokers;

/// <summary>
/// Passes each venue event on once: a fill by its trade id, every other event by (order, kind). Venue adapters report
/// the same fact from two places (the REST answer and the stream, or a resync after a reconnect), and venues repeat
/// stream events; the order's transition table must not see a second cancel. Thread-safe; remembers every event key
/// for the life of the sink (a few dozen bytes per order event).
/// </summary>
public sealed class DeduplicatingSink : IExecutionEventSink
{
    private readonly IExecutionEventSink _inner;
    private readonly HashSet<(ClientOrderId Order, string Key)> _seen = [];
    private readonly object _sync = new();

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public DeduplicatingSink(IExecutionEventSink inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public void OnOrderEvent(OrderEvent orderEvent)
    {
        ArgumentNullException.ThrowIfNull(orderEvent);
        var key = orderEvent is OrderFilled filled ? "trade:" + filled.Fill.TradeId : orderEvent.Kind?.ToString() ?? orderEvent.GetType().Name;
        lock (_sync)
        {
            if (!_seen.Add((orderEvent.OrderId, key)))
            {
                return;
            }

            _inner.OnOrderEvent(orderEvent);
        }
    }

    /// <summary>True when a fill with <paramref name="tradeId"/> of <paramref name="order"/> has passed.</summary>
    public bool HasFill(ClientOrderId order, string tradeId)
    {
        lock (_sync)
        {
            return _seen.Contains((order, "trade:" + tradeId));
        }
    }
}
