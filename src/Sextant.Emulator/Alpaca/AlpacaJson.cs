using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Alpaca;

/// <summary>Alpaca JSON shapes: decimals as strings in trading objects, RFC 3339 UTC times with microseconds.</summary>
internal static class AlpacaJson
{
    public static string Time(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string D(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Status(OrderState state) => state switch
    {
        OrderState.Held => "accepted",
        OrderState.PartiallyFilled => "partially_filled",
        OrderState.Filled => "filled",
        OrderState.Canceled => "canceled",
        OrderState.Expired => "expired",
        _ => "new",
    };

    /// <summary>Asset ids are stable per symbol.</summary>
    public static string AssetId(string symbol) =>
        new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(symbol)).AsSpan(0, 16)).ToString();

    public static string ExecutionId(long tradeId) => $"00000000-0000-4000-8000-{tradeId:D12}";

    public static JsonObject Order(EmulatedOrder o) => new()
    {
        ["id"] = o.Uuid,
        ["client_order_id"] = o.ClientOrderId,
        ["created_at"] = Time(o.CreatedMs),
        ["updated_at"] = Time(o.UpdatedMs),
        ["submitted_at"] = Time(o.CreatedMs),
        ["filled_at"] = o.FilledMs is { } f ? Time(f) : null,
        ["expired_at"] = o.State == OrderState.Expired ? Time(o.UpdatedMs) : null,
        ["canceled_at"] = o.State == OrderState.Canceled ? Time(o.UpdatedMs) : null,
        ["failed_at"] = null,
        ["replaced_at"] = null,
        ["replaced_by"] = null,
        ["replaces"] = null,
        ["asset_id"] = AssetId(o.Symbol),
        ["symbol"] = o.Symbol,
        ["asset_class"] = "us_equity",
        ["notional"] = o.QuoteQuantity is { } n ? D(n) : null,
        ["qty"] = o.QuoteQuantity is null || o.State == OrderState.Filled ? D(o.Quantity) : null,
        ["filled_qty"] = D(o.Executed),
        ["filled_avg_price"] = o.Executed > 0 ? D(decimal.Round(o.AveragePrice, 6)) : null,
        ["order_class"] = string.Empty,
        ["order_type"] = o.IsMarket ? "market" : "limit",
        ["type"] = o.IsMarket ? "market" : "limit",
        ["side"] = o.Side == Side.Buy ? "buy" : "sell",
        ["time_in_force"] = o.TimeInForce,
        ["limit_price"] = o.LimitPrice is { } l ? D(l) : null,
        ["stop_price"] = null,
        ["status"] = Status(o.State),
        ["extended_hours"] = false,
        ["legs"] = null,
        ["trail_percent"] = null,
        ["trail_price"] = null,
        ["hwm"] = null,
    };

    /// <summary>A <c>trade_updates</c> message for an exchange event.</summary>
    public static JsonObject TradeUpdate(ExchangeEvent e, decimal positionQty)
    {
        var data = new JsonObject
        {
            ["event"] = e.Kind switch
            {
                ExecutionKind.Trade => e.Order.State == OrderState.Filled ? "fill" : "partial_fill",
                ExecutionKind.Canceled => "canceled",
                ExecutionKind.Expired => "expired",
                _ => "new",
            },
        };
        if (e.Trade is { } t)
        {
            data["execution_id"] = ExecutionId(t.Id);
        }

        data["order"] = Order(e.Order);
        data["timestamp"] = Time(e.TimeMs);
        if (e.Trade is { } trade)
        {
            data["price"] = D(trade.Price);
            data["qty"] = D(trade.Quantity);
            data["position_qty"] = D(positionQty);
        }

        return new JsonObject { ["stream"] = "trade_updates", ["data"] = data };
    }
}
