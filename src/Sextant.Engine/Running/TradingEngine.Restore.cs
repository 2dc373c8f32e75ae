using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Engine.Journal;

namespace Sextant.Engine.Running;

/// <content>Replaying the journal: every order line goes through the broker's own order manager again, so orders, fills and the portfolio come back exactly as the first run booked them.</content>
public sealed partial class TradingEngine
{
    private bool _replaying;

    private void Restore(EngineBroker broker)
    {
        var orders = broker.Context.Orders;
        var restored = 0;
        var fills = 0;
        _replaying = true;
        try
        {
            foreach (var entry in _past.OrderLines(broker.Name))
            {
                var id = new ClientOrderId(entry.OrderId!);
                var order = orders.Find(id);
                switch (entry.Type)
                {
                    case JournalEntryType.OrderRequest when order is null:
                        var strategy = (string)entry.Data["strategy"]!;
                        var signal = entry.Data["sequence"] is { } s ? _past.SignalOf(strategy, (long)s) : null;
                        var (ticket, attempt, created) = JournalRecords.ReadRequest(entry, signal);
                        orders.Restore(ticket, attempt, created);
                        restored++;
                        break;
                    case JournalEntryType.Fill:
                        var fill = JournalRecords.ReadFill(entry);
                        if (order is null)
                        {
                            broker.Context.Portfolio.Apply(fill); // adopted from the venue by an earlier reconciliation: no order of ours
                        }
                        else
                        {
                            orders.OnOrderEvent(new OrderFilled(fill));
                        }

                        fills++;
                        break;
                    case JournalEntryType.Ack when order is not null:
                        if (order.Status == OrderStatus.PendingCancel)
                        {
                            orders.OnOrderEvent(new OrderCancelRejected(id, entry.Time, "refused by the venue"));
                        }
                        else if (order.Status == OrderStatus.Submitted)
                        {
                            orders.OnOrderEvent(new OrderAccepted(id, entry.Time, new VenueOrderId((string?)entry.Data["venue_order_id"] ?? id.Value)));
                        }

                        break;
                    case JournalEntryType.Reject when order is not null:
                        orders.OnOrderEvent(new OrderRejected(id, entry.Time, (string?)entry.Data["message"] ?? "rejected",
                            Enum.TryParse<RejectReason>((string?)entry.Data["reason_code"], out var code) ? code : RejectReason.VenueError));
                        break;
                    case JournalEntryType.CancelRequest when order is not null && !order.Status.IsTerminal():
                        orders.OnOrderEvent(new OrderCancelSent(id, entry.Time));
                        break;
                    case JournalEntryType.Canceled when order is not null && !order.Status.IsTerminal():
                        orders.OnOrderEvent((string?)entry.Data["status"] == "expired" ? new OrderExpired(id, entry.Time) : new OrderCanceled(id, entry.Time));
                        break;
                    default:
                        break;
                }
            }
        }
        finally
        {
            _replaying = false;
        }

        if (restored > 0 || fills > 0)
        {
            var open = orders.OpenOrderCount;
            Log.Restored(_logger, broker.Name, restored, fills, open);
            Say($"{broker.Name}: restored {restored} order(s) and {fills} fill(s) from the journal; {open} were open when the engine stopped");
        }
    }

    private static UnixNanos Earliest(IEnumerable<Order> orders, UnixNanos fallback)
    {
        var earliest = fallback;
        foreach (var order in orders)
        {
            if (order.CreatedAt.Value < earliest.Value)
            {
                earliest = order.CreatedAt;
            }
        }

        return earliest;
    }
}
