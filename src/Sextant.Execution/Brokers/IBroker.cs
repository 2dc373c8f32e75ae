using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Execution.Brokers;

/// <summary>
/// The port every venue adapter implements (simulated, Binance US, Alpaca). Requests go out through these methods;
/// what the venue reports later (acceptances, fills, cancels) comes back as <see cref="OrderEvent"/>s through the
/// <see cref="IExecutionEventSink"/> given to <see cref="Connect"/>. The simulated venue completes every call synchronously.
/// </summary>
public interface IBroker
{
    /// <summary>The broker's id, e.g. <c>binanceus</c>.</summary>
    BrokerId Id { get; }

    /// <summary>Where the broker reports order events; called once before any order is sent.</summary>
    void Connect(IExecutionEventSink sink);

    /// <summary>Sends a new order. Expected refusals come back as <see cref="SubmitResult"/> values; transport failures throw <c>BrokerException</c>.</summary>
    ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken);

    /// <summary>Asks the venue to cancel a working order; the cancel itself arrives later as an event.</summary>
    ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken);

    /// <summary>The venue's view of an order by our id, or null when the venue does not know it.</summary>
    ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken);

    /// <summary>Orders working at the venue.</summary>
    ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken);

    /// <summary>Balances and positions as the venue sees them.</summary>
    ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken);

    /// <summary>Fills at or after <paramref name="since"/> (UTC), oldest first, for reconciliation after a restart or a dropped stream.</summary>
    ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken);

    /// <summary>
    /// Remembers an order sent before a restart (rebuilt from the journal), so the venue's reports about it (stream events,
    /// fill history) are attributed to it and its strategy. Nothing is sent. Venues that keep no such record ignore it.
    /// </summary>
    void Track(Order order)
    {
    }
}
