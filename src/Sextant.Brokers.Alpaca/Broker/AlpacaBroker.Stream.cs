using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Execution.Brokers;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Brokers.Alpaca.Broker;

/// <content>trade_updates events, and the resync after a reconnect.</content>
public sealed partial class AlpacaBroker
{
    private void OnTradeUpdate(JsonNode data)
    {
        var order = data["order"]!;
        if (Learn(order) is not { } known)
        {
            return;
        }

        var venueId = order["id"]!.GetValue<string>();
        var time = data["timestamp"] is { } t ? DateTimeOffset.Parse(t.GetValue<string>(), CultureInfo.InvariantCulture) : _time.GetUtcNow();
        var at = UnixNanos.FromDateTimeOffset(time);
        switch (data["event"]!.GetValue<string>())
        {
            case "new":
                Emit(new OrderAccepted(known.Id, at, new VenueOrderId(venueId)));
                break;
            case "fill" or "partial_fill":
                var cumulative = Dec(order["filled_qty"]);
                Emit(new OrderFilled(MakeFill(known, venueId, cumulative, Dec(data["qty"]), Dec(data["price"]), time)));
                if (data["event"]!.GetValue<string>() == "fill" && cumulative < known.Quantity)
                {
                    Emit(new OrderExpired(known.Id, at)); // a notional order bought less than its upper bound
                }

                known.Done = data["event"]!.GetValue<string>() == "fill";
                break;
            case "canceled":
                Emit(new OrderCanceled(known.Id, at));
                known.Done = true;
                break;
            case "expired" or "done_for_day":
                Emit(new OrderExpired(known.Id, at));
                known.Done = true;
                break;
            case "rejected":
                Emit(new OrderRejected(known.Id, at, "rejected by the venue", RejectReason.VenueError));
                known.Done = true;
                break;
            default:
                break; // pending_new, pending_cancel, replaced and the like change nothing we track
        }
    }

    /// <summary>After a reconnect: fills since shortly before the last one seen, then the final status of orders that ended meanwhile.</summary>
    private async Task OnReconnectedAsync(CancellationToken cancellationToken)
    {
        var fills = 0;
        foreach (var fill in await GetFillsAsync(UnixNanos.FromDateTimeOffset(_lastFillTime.AddSeconds(-1)), cancellationToken).ConfigureAwait(false))
        {
            if (_sink?.HasFill(fill.OrderId, fill.TradeId) == false)
            {
                fills++;
            }

            Emit(new OrderFilled(fill));
        }

        var updates = 0;
        foreach (var known in _known.Values.Where(k => !k.Done).ToList())
        {
            var report = await QueryAsync(known.Id, known.Symbol, cancellationToken).ConfigureAwait(false);
            (var change, known.Done) = OrderReportEvents.After(report, known.Id, _time.GetUnixNanos());
            if (change is not null)
            {
                updates++;
                Emit(change);
            }
        }

        Log.Resynced(_logger, Id.Value, fills, updates);
    }
}
