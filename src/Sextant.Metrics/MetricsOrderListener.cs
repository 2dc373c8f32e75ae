using Sextant.Core.Orders;
using Sextant.Execution.Orders;

namespace Sextant.Metrics;

/// <summary>
/// Feeds <see cref="SextantMetrics"/> from an <see cref="OrderManager"/>: orders sent, fills, venue rejects by reason,
/// and the send-to-acknowledgement latency measured on the order's own event times (the engine clock). Register it with
/// <see cref="OrderManager.AddListener"/>; it sees each applied event once, so nothing is counted twice.
/// </summary>
public sealed class MetricsOrderListener(SextantMetrics metrics) : IOrderListener
{
    private readonly SextantMetrics _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));

    /// <inheritdoc />
    public void OnFill(Order order, Fill fill) => _metrics.Filled(fill);

    /// <inheritdoc />
    public void OnOrderUpdated(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Events.Count == 0)
        {
            return;
        }

        switch (order.Events[^1])
        {
            case OrderSubmitted:
                _metrics.OrderSubmitted(order.Broker, order.Strategy);
                break;
            case OrderAccepted accepted when SubmittedAt(order) is { } sent:
                _metrics.OrderLatency(order.Broker, accepted.Time - sent);
                break;
            case OrderRejected rejected:
                _metrics.Rejected(order.Broker, rejected.Code);
                break;
            case OrderDenied denied:
                _metrics.Rejected(order.Broker, denied.Code);
                break;
            default:
                break;
        }
    }

    private static Core.Time.UnixNanos? SubmittedAt(Order order)
    {
        foreach (var e in order.Events)
        {
            if (e is OrderSubmitted)
            {
                return e.Time;
            }
        }

        return null;
    }
}
