using System.Globalization;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Alerts;

/// <content>The inputs: what the engine, the order managers and the broker contexts report. None blocks, none throws.</content>
public sealed partial class AlertManager
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public void OnFill(Order order, Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var side = fill.Side.ToString().ToLowerInvariant();
        Raise(new Alert(AlertEvent.Fill, fill.OrderId.Value + "/" + fill.TradeId, AlertSeverity.Info,
            string.Create(Inv, $"Fill: {fill.Broker} {side} {fill.Quantity} {fill.Symbol} @ {fill.Price}"),
            string.Create(Inv, $"Order {fill.OrderId} ({fill.Strategy}) {side} {fill.Quantity} {fill.Symbol} at {fill.Price}, fee {fill.Fee.Amount} {fill.Fee.Asset}."),
            fill.Time.ToDateTimeOffset(),
            Fields(("broker", fill.Broker.Value), ("strategy", fill.Strategy.Value), ("client_order_id", fill.OrderId.Value), ("symbol", fill.Symbol.Value),
                ("side", side), ("quantity", fill.Quantity.Value.ToString(Inv)), ("price", fill.Price.Value.ToString(Inv)))));
    }

    /// <inheritdoc />
    public void OnOrderUpdated(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Events.Count > 0 && order.Events[^1] is OrderRejected or OrderDenied)
        {
            var (reason, message) = order.Events[^1] switch
            {
                OrderRejected r => (r.Code, r.Reason),
                OrderDenied d => (d.Code, d.Reason),
                _ => (RejectReason.None, string.Empty),
            };
            OnReject(order.Broker, order.Strategy, order.Symbol, reason, message, order.Id);
        }
    }

    /// <summary>An order was rejected by the venue, or a signal refused before it became one (then <paramref name="orderId"/> is null).</summary>
    public void OnReject(BrokerId broker, StrategyId strategy, Symbol symbol, RejectReason reason, string message, ClientOrderId? orderId = null)
    {
        var subject = orderId?.Value ?? $"{broker}/{strategy}/{symbol}/{reason}";
        Raise(new Alert(AlertEvent.Reject, subject, AlertSeverity.Warning,
            $"Reject: {broker} {symbol} {reason}",
            $"{(orderId is { } id ? "Order " + id.Value : "A signal")} of {strategy} for {symbol} was refused: {message}",
            _time.GetUtcNow(),
            Fields(("broker", broker.Value), ("strategy", strategy.Value), ("symbol", symbol.Value), ("reason", reason.ToString()),
                ("client_order_id", orderId?.Value ?? string.Empty))));
    }

    /// <summary>The kill switch of <paramref name="broker"/> tripped.</summary>
    public void OnKillSwitch(BrokerId broker, string reason) =>
        Raise(new Alert(AlertEvent.KillSwitch, broker.Value, AlertSeverity.Critical, $"Kill switch tripped at {broker}",
            $"{reason}. Open orders are cancelled; only position-reducing orders pass from now on.", _time.GetUtcNow(),
            Fields(("broker", broker.Value), ("reason", reason))));

    /// <summary>An unhandled error in the engine.</summary>
    public void OnError(Exception error, string where)
    {
        ArgumentNullException.ThrowIfNull(error);
        Raise(new Alert(AlertEvent.Error, where + "/" + error.GetType().Name, AlertSeverity.Critical, $"Error in {where}: {error.GetType().Name}",
            error.Message, _time.GetUtcNow(), Fields(("where", where), ("type", error.GetType().FullName ?? error.GetType().Name))));
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}
