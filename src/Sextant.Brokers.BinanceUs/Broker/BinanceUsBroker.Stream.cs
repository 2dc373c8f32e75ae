using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Execution.Brokers;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Brokers.BinanceUs.Broker;

/// <content>Execution reports from the user-data stream, and the REST resync after a reconnect.</content>
public sealed partial class BinanceUsBroker
{
    private void OnStreamMessage(JsonNode message)
    {
        if (message["e"]?.GetValue<string>() != "executionReport")
        {
            return; // outboundAccountPosition, balanceUpdate: balances are read on demand
        }

        var execution = message["x"]!.GetValue<string>();
        var original = message["C"]?.GetValue<string>();
        // On a cancel, "c" is the cancel request's own id and "C" the order's.
        var idText = execution == "CANCELED" && !string.IsNullOrEmpty(original) ? original : message["c"]!.GetValue<string>();
        if (!ClientOrderId.TryParse(idText, out var id, out _))
        {
            return;
        }

        var symbol = message["s"]!.GetValue<string>();
        var known = _known.GetOrAdd(id, _ => new KnownOrder(id, new Symbol(symbol), message["S"]!.GetValue<string>() == "BUY" ? OrderSide.Buy : OrderSide.Sell,
            External, Dec(message["q"])));
        var venueId = message["i"]!.GetValue<long>();
        Remember(known, venueId);
        var time = UnixNanos.FromUnixMilliseconds(message["T"]?.GetValue<long>() ?? message["E"]!.GetValue<long>());
        var status = message["X"]?.GetValue<string>();
        switch (execution)
        {
            case "NEW":
                Emit(new OrderAccepted(id, time, new VenueOrderId(venueId.ToString(CultureInfo.InvariantCulture))));
                break;
            case "TRADE":
                EmitFill(known, message["t"]!.GetValue<long>(), Dec(message["l"]), Dec(message["L"]), Dec(message["n"]),
                    message["N"]?.GetValue<string>() ?? "USD", message["m"]?.GetValue<bool>() ?? false, time);
                if (status == "FILLED" && Dec(message["z"]) < known.Quantity)
                {
                    Emit(new OrderExpired(id, time)); // a quote-sized market order bought less than its upper bound
                }

                break;
            case "CANCELED":
                Emit(new OrderCanceled(id, time));
                break;
            case "REJECTED":
                Emit(new OrderRejected(id, time, message["r"]?.GetValue<string>() ?? "rejected", RejectReason.VenueError));
                break;
            case "EXPIRED":
                Emit(new OrderExpired(id, time));
                break;
            default:
                break;
        }

        known.Done = status is "FILLED" or "CANCELED" or "REJECTED" or "EXPIRED" or "EXPIRED_IN_MATCH";
    }

    /// <summary>After a reconnect: every trade since the last one seen per symbol, then the final status of orders that ended while the stream was down.</summary>
    private async Task OnStreamReconnectedAsync(CancellationToken cancellationToken)
    {
        var fills = 0;
        var updates = 0;
        foreach (var symbol in _known.Values.Select(k => k.Symbol.Value).Distinct(StringComparer.Ordinal).ToList())
        {
            List<(string, string)> filter = _lastTradeId.TryGetValue(symbol, out var last) ? [("fromId", (last + 1).ToString(CultureInfo.InvariantCulture))] : [];
            foreach (var (fill, tradeId) in await MyTradesAsync(symbol, filter, cancellationToken).ConfigureAwait(false))
            {
                if (_sink?.HasFill(fill.OrderId, fill.TradeId) == false)
                {
                    fills++;
                }

                _lastTradeId.AddOrUpdate(symbol, tradeId, (_, l) => Math.Max(l, tradeId));
                Emit(new OrderFilled(fill));
            }
        }

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
