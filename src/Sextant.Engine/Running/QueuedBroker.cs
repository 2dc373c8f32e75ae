using System.Threading.Channels;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Engine.Running;

/// <summary>
/// A venue adapter as the single-threaded order manager needs it: requests pass straight through, and everything the
/// adapter reports (from its stream thread, or inside a REST answer) goes into the engine's inbox, to be applied by the
/// engine loop in arrival order. The inbox for order events is unbounded: a venue report is never dropped or made to
/// wait (its stream would stall), and its size is bounded in practice by the orders in flight.
/// </summary>
internal sealed class QueuedBroker(IBroker inner, ChannelWriter<EngineEvent> inbox) : IBroker, IExecutionEventSink, IRequestBudget
{
    private IExecutionEventSink? _target;

    public IBroker Inner { get; } = inner;

    public BrokerId Id => Inner.Id;

    public int? RequestsUsed => (Inner as IRequestBudget)?.RequestsUsed;

    public int? RequestLimit => (Inner as IRequestBudget)?.RequestLimit;

    public void Connect(IExecutionEventSink sink)
    {
        _target = sink;
        Inner.Connect(this);
    }

    /// <summary>Called by the adapter, on any thread.</summary>
    public void OnOrderEvent(OrderEvent orderEvent) => inbox.TryWrite(EngineEvent.OfOrder(this, orderEvent));

    /// <summary>Called by the engine loop: hands a queued event to the order manager.</summary>
    public void Deliver(OrderEvent orderEvent) => _target?.OnOrderEvent(orderEvent);

    public ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken) => Inner.SubmitAsync(order, cancellationToken);

    public ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken) => Inner.CancelAsync(order, cancellationToken);

    public ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken) => Inner.QueryAsync(id, symbol, cancellationToken);

    public ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken) => Inner.GetOpenOrdersAsync(cancellationToken);

    public ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken) => Inner.GetAccountAsync(cancellationToken);

    public ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken) => Inner.GetFillsAsync(since, cancellationToken);

    public void Track(Order order) => Inner.Track(order);
}
