using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Execution.Orders;

/// <summary>
/// Tracks every order of one broker through the one transition table: creates orders with deterministic client ids,
/// submits them, applies what the venue reports (acknowledgements, partial fills, cancels, fills racing a cancel),
/// cancels stale orders and optionally replaces the rest with a market order, and queries orders whose acknowledgement
/// never came. Single-threaded: the engine feeds it from one loop.
/// </summary>
public sealed partial class OrderManager : IExecutionEventSink
{
    private readonly Dictionary<ClientOrderId, TrackedOrder> _orders = [];
    private readonly List<TrackedOrder> _open = [];
    private readonly List<Order> _all = [];
    private readonly IBroker _broker;
    private readonly ExecutionConfig _config;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<IOrderListener> _listeners = [];

    /// <summary>Creates the manager and connects it to <paramref name="broker"/> as its event sink.</summary>
    /// <param name="broker">The venue.</param>
    /// <param name="config">Stale-order and acknowledgement timeouts.</param>
    /// <param name="time">The engine clock (simulated in backtests).</param>
    /// <param name="strict">Throw on an illegal status move (backtests, tests) instead of logging it and flagging the order for reconciliation (live).</param>
    /// <param name="logger">Where order lines go.</param>
    public OrderManager(IBroker broker, ExecutionConfig config, TimeProvider time, bool strict, ILogger<OrderManager>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(time);
        _broker = broker;
        _config = config;
        _time = time;
        Strict = strict;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        broker.Connect(this);
    }

    /// <summary>True when illegal moves throw.</summary>
    public bool Strict { get; }

    /// <summary>The broker's id.</summary>
    public BrokerId Broker => _broker.Id;

    /// <summary>Orders not yet in a final status, oldest first.</summary>
    /// <remarks>A <c>foreach</c> over it allocates nothing (the order path sums pending quantities with one per order).</remarks>
    public OpenOrderList OpenOrders => new(_open);

    /// <summary>Number of open orders (no allocation; for the hot loop).</summary>
    public int OpenOrderCount => _open.Count;

    /// <summary>Every order this manager created (or restored), in the order it did.</summary>
    public IReadOnlyList<Order> AllOrders => _all;

    /// <summary>Orders whose venue state disagreed with ours.</summary>
    public IEnumerable<Order> OrdersNeedingReconciliation => _orders.Values.Where(t => t.NeedsReconciliation).Select(t => t.Order);

    /// <summary>Adds a listener told about fills and status changes.</summary>
    public void AddListener(IOrderListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        _listeners.Add(listener);
    }

    /// <summary>The order with client id <paramref name="id"/>, or null.</summary>
    public Order? Find(ClientOrderId id) => _orders.TryGetValue(id, out var tracked) ? tracked.Order : null;

    /// <summary>The signal an order came from, or null for an unknown id.</summary>
    public Signal? SignalOf(ClientOrderId id) => _orders.TryGetValue(id, out var tracked) ? tracked.Order.Signal : null;

    /// <summary>Creates the order for <paramref name="ticket"/> (attempt 0) and submits it; returns the order in whatever status the venue's answer left it.</summary>
    public ValueTask<Order> SubmitAsync(OrderTicket ticket, CancellationToken cancellationToken) => SubmitAsync(ticket, 0, cancellationToken);

    /// <summary>Asks the venue to cancel an open order; false when the order is unknown or not open.</summary>
    public async ValueTask<bool> CancelAsync(ClientOrderId id, CancellationToken cancellationToken)
    {
        if (!_orders.TryGetValue(id, out var tracked) || tracked.Order.Status.IsTerminal() || tracked.Order.Status == OrderStatus.PendingCancel)
        {
            return false;
        }

        Apply(tracked, new OrderCancelSent(id, Now));
        CancelResult result;
        using (OrderLogScope.Begin(_logger, tracked.Order))
        {
            result = await _broker.CancelAsync(tracked.Order, cancellationToken).ConfigureAwait(false);
        }

        if (!result.Sent)
        {
            Log.CancelRefused(_logger, id.Value, result.Message, tracked.Order.Strategy.Value, _broker.Id.Value);
            if (tracked.Order.Status == OrderStatus.PendingCancel)
            {
                Apply(tracked, new OrderCancelRejected(id, Now, result.Message ?? "refused by the venue"));
            }
        }

        return result.Sent;
    }

    private UnixNanos Now => _time.GetUnixNanos();

    // Not an async method: a venue that answers at once (the simulated one) completes the call without a state machine.
    private ValueTask<Order> SubmitAsync(OrderTicket ticket, int attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket.Signal, nameof(ticket));
        var id = ClientOrderIds.Create(ticket.Signal.Strategy, ticket.SignalSequence, ticket.Leg, attempt);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_orders, id, out var exists); // one lookup for the check and the add
        if (exists)
        {
            return new(slot!.Order); // idempotent: the same signal leg and attempt is never sent twice
        }

        Order order;
        try
        {
            order = Order.Create(id, ticket.Signal.Strategy, _broker.Id, ticket.Symbol, ticket.Signal.AssetClass, ticket.Side,
                ticket.OrderType, ticket.Quantity, ticket.LimitPrice, ticket.TimeInForce, Now, ticket.Signal);
        }
        catch (ArgumentException)
        {
            _orders.Remove(id);
            throw;
        }

        var tracked = new TrackedOrder(order, ticket, attempt);
        slot = tracked;
        _open.Add(tracked);
        _all.Add(order);
        Apply(tracked, new OrderSubmitted(id, Now));
        Log.Submitted(_logger, id.Value, order.Side, order.Quantity.Value, order.Symbol.Value, order.Strategy.Value, _broker.Id.Value);

        ValueTask<SubmitResult> submitting;
        using (OrderLogScope.Begin(_logger, order))
        {
            submitting = _broker.SubmitAsync(order, cancellationToken); // the venue's continuation keeps the scope it started in
        }

        if (submitting.IsCompletedSuccessfully)
        {
            Acknowledge(tracked, submitting.Result);
            return new(order);
        }

        return Submitted(tracked, submitting);
    }

    private async ValueTask<Order> Submitted(TrackedOrder tracked, ValueTask<SubmitResult> submitting)
    {
        Acknowledge(tracked, await submitting.ConfigureAwait(false));
        return tracked.Order;
    }

    // The venue's answer to a submit, applied unless a report that raced it moved the order already.
    private void Acknowledge(TrackedOrder tracked, SubmitResult result)
    {
        var order = tracked.Order;
        var id = order.Id;
        switch (result.Outcome)
        {
            case SubmitOutcome.Accepted when order.Status == OrderStatus.Submitted:
                Apply(tracked, new OrderAccepted(id, Now, result.VenueOrderId ?? new VenueOrderId(id.Value)));
                break;
            case SubmitOutcome.Rejected when order.Status == OrderStatus.Submitted:
                Log.Rejected(_logger, id.Value, result.Reason, result.Message, order.Strategy.Value, _broker.Id.Value);
                Apply(tracked, new OrderRejected(id, Now, result.Message ?? result.Reason.ToString(), result.Reason));
                break;
            default:
                break; // Unknown: CheckTimeoutsAsync queries it after the acknowledgement timeout.
        }
    }
}
