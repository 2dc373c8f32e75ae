using System.Collections.Concurrent;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Contract.Support;

/// <summary>
/// Puts a queue between a venue's event thread and the single-threaded OrderManager, as the engine's bounded channel
/// does: events wait until <see cref="Pump"/> delivers them on the test's thread.
/// </summary>
public sealed class QueuedBroker(IBroker inner, bool passThrough = false) : IBroker, IExecutionEventSink
{
    private readonly ConcurrentQueue<OrderEvent> _queue = new();
    private IExecutionEventSink? _target;

    public BrokerId Id => inner.Id;

    public void Connect(IExecutionEventSink sink)
    {
        _target = sink;
        inner.Connect(this);
    }

    public void OnOrderEvent(OrderEvent orderEvent)
    {
        if (passThrough)
        {
            _target?.OnOrderEvent(orderEvent);
            return;
        }

        _queue.Enqueue(orderEvent);
    }

    /// <summary>Delivers every queued event; returns how many.</summary>
    public int Pump()
    {
        var count = 0;
        while (_queue.TryDequeue(out var e))
        {
            _target?.OnOrderEvent(e);
            count++;
        }

        return count;
    }

    public ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken) => inner.SubmitAsync(order, cancellationToken);

    public ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken) => inner.CancelAsync(order, cancellationToken);

    public ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken) => inner.QueryAsync(id, symbol, cancellationToken);

    public ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken) => inner.GetOpenOrdersAsync(cancellationToken);

    public ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken) => inner.GetAccountAsync(cancellationToken);

    public ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken) => inner.GetFillsAsync(since, cancellationToken);
}
