using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Execution.Brokers;

/// <summary>What a venue's answer to "how is this order?" means for our books, after a stream gap (shared by the adapters' resyncs).</summary>
public static class OrderReportEvents
{
    /// <summary>
    /// The event to apply for an order the venue reports as cancelled, expired or rejected (fills are recovered from the
    /// fill history, not from here), and whether the order needs no more checks (it reached a final status).
    /// </summary>
    public static (OrderEvent? Change, bool Done) After(OrderReport? report, ClientOrderId id, UnixNanos now)
    {
        OrderEvent? change = report?.Status switch
        {
            OrderStatus.Canceled => new OrderCanceled(id, now),
            OrderStatus.Expired => new OrderExpired(id, now),
            OrderStatus.Rejected => new OrderRejected(id, now, "rejected by the venue", RejectReason.VenueError),
            _ => null,
        };
        return (change, report?.Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected);
    }
}
