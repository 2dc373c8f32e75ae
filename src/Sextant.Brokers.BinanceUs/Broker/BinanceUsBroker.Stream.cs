using System.Globalization;
using Sextant.Brokers.BinanceUs.Stream;
using Sextant.Execution.Brokers;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Brokers.BinanceUs.Broker;

/// <content>Execution reports from the user-data stream, and the REST resync after a reconnect.</content>
public sealed partial class BinanceUsBroker
{
    private void OnStreamMessage(ReadOnlySpan<byte> message)
    {
        var report = _report;
        if (!report.TryRead(message))
        {
            return; // outboundAccountPosition, balanceUpdate: balances are read on demand
        }

        var execution = ExecutionReport.Required(report.ExecutionType, "x");
        var original = report.OriginalClientOrderId;
        // On a cancel, "c" is the cancel request's own id and "C" the order's.
        var idText = execution == "CANCELED" && !string.IsNullOrEmpty(original) ? original : ExecutionReport.Required(report.ClientOrderId, "c");
        if (!ClientOrderId.TryParse(idText, out var id, out _))
        {
            return;
        }

        _ = ExecutionReport.Required(report.Symbol, "s");
        var known = _known.GetOrAdd(id, static (id, report) => new KnownOrder(id, new Symbol(report.Symbol!), ExecutionReport.Required(report.Side, "S") == "BUY" ? OrderSide.Buy : OrderSide.Sell,
            External, ExecutionReport.Required(report.OrderQuantity, "q")), report);
        var venueId = ExecutionReport.Required(report.VenueOrderId, "i");
        Remember(known, venueId);
        var time = UnixNanos.FromUnixMilliseconds(report.TransactionTime ?? ExecutionReport.Required(report.EventTime, "E"));
        var status = report.Status;
        switch (execution)
        {
            case "NEW":
                Emit(new OrderAccepted(id, time, new VenueOrderId(venueId.ToString(CultureInfo.InvariantCulture))));
                break;
            case "TRADE":
                EmitFill(known, ExecutionReport.Required(report.TradeId, "t"), ExecutionReport.Required(report.LastQuantity, "l"), ExecutionReport.Required(report.LastPrice, "L"),
                    ExecutionReport.Required(report.Commission, "n"), report.CommissionAsset ?? "USD", report.IsMaker ?? false, time);
                if (status == "FILLED" && ExecutionReport.Required(report.CumulativeQuantity, "z") < known.Quantity)
                {
                    Emit(new OrderExpired(id, time)); // a quote-sized market order bought less than its upper bound
                }

                break;
            case "CANCELED":
                Emit(new OrderCanceled(id, time));
                break;
            case "REJECTED":
                Emit(new OrderRejected(id, time, report.RejectReason ?? "rejected", RejectReason.VenueError));
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
