using Microsoft.Extensions.Logging;
using Sextant.Core.Orders;

namespace Sextant.Execution.Orders;

/// <summary>
/// The logging scope around every venue call about an order: whatever the adapter logs inside it (a denial, an unknown
/// outcome, a rate limit) carries ClientOrderId, Strategy and Broker as structured properties, as the order manager's own
/// lines do. The state is a key-value list, which Serilog and the console formatter turn into properties.
/// </summary>
internal static class OrderLogScope
{
    // A logger that writes nothing at any level (NullLogger, level None: backtests) gets no scope, so no state is built for it.
    public static IDisposable? Begin(ILogger logger, Order order) => logger.IsEnabled(LogLevel.Critical)
        ? logger.BeginScope(new OrderScopeState(order.Id.Value, order.Strategy.Value, order.Broker.Value))
        : null;

    private sealed class OrderScopeState(string clientOrderId, string strategy, string broker) : IReadOnlyList<KeyValuePair<string, object>>
    {
        private readonly KeyValuePair<string, object>[] _items =
        [
            new("ClientOrderId", clientOrderId),
            new("Strategy", strategy),
            new("Broker", broker),
        ];

        public int Count => _items.Length;

        public KeyValuePair<string, object> this[int index] => _items[index];

        public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)_items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public override string ToString() => $"order {_items[0].Value} ({_items[1].Value} via {_items[2].Value})";
    }
}
