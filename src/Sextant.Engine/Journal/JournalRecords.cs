using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Text;
using Sextant.Core.Time;
using Sextant.Execution.Orders;

namespace Sextant.Engine.Journal;

/// <summary>
/// How orders and fills are written to the journal and read back on a restart: every order line carries what is needed
/// to re-create the order exactly (its id, ticket and creation time), every fill line the whole execution report.
/// Amounts are JSON numbers written from decimals, so they read back to the same decimal.
/// </summary>
public static class JournalRecords
{
    /// <summary>The journal type of <paramref name="order"/>'s new status, or null when that status is not journaled (fills are, as fill lines).</summary>
    public static JournalEntryType? TypeOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Status switch
        {
            OrderStatus.Submitted => JournalEntryType.OrderRequest,
            OrderStatus.Accepted => JournalEntryType.Ack,
            OrderStatus.Rejected or OrderStatus.Denied => JournalEntryType.Reject,
            OrderStatus.PendingCancel => JournalEntryType.CancelRequest,
            OrderStatus.Canceled or OrderStatus.Expired => JournalEntryType.Canceled,
            _ => null,
        };
    }

    /// <summary>The journal data of <paramref name="order"/> in its current status (as <see cref="WriteOrder"/> writes it).</summary>
    public static JsonObject OrderData(Order order)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            WriteOrder(w, order);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    /// <summary>
    /// Writes the journal data of <paramref name="order"/> in its current status straight into a journal line: what it is,
    /// and for a request everything needed to re-create it exactly (id parts, limit, time in force, asset class, creation time).
    /// </summary>
    public static void WriteOrder(Utf8JsonWriter w, Order order)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(order);
        w.WriteStartObject();
        w.WriteString(JsonNames.Symbol, order.Symbol.Value);
        w.WriteString(JsonNames.Side, order.Side == OrderSide.Buy ? JsonNames.Buy : JsonNames.Sell);
        w.WriteNumber(JsonNames.Quantity, order.Quantity.Value);
        w.WriteString(JsonNames.Type, order.OrderType == OrderType.Market ? JsonNames.Market : JsonNames.Limit);
        w.WriteString(JsonNames.Status, LowerCaseNames.Of(order.Status));
        w.WriteString(JsonNames.Strategy, order.Strategy.Value);
        Span<byte> filled = stackalloc byte[40]; // a decimal's longest text: sign, 29 digits, point
        order.FilledQuantity.Value.TryFormat(filled, out var length, default, CultureInfo.InvariantCulture);
        w.WriteString(JsonNames.Filled, filled[..length]);
        switch (order.Status)
        {
            case OrderStatus.Submitted:
                if (order.LimitPrice is { } limit)
                {
                    w.WriteNumber(JsonNames.LimitPrice, limit.Value);
                }

                w.WriteString(JsonNames.Tif, LowerCaseNames.Of(order.TimeInForce));
                w.WriteString(JsonNames.AssetClass, order.AssetClass.ToConfigName());
                w.WriteNumber(JsonNames.CreatedNs, order.CreatedAt.Value);
                if (ClientOrderIds.TryParse(order.Id, out var sequence, out var leg, out var attempt))
                {
                    w.WriteNumber(JsonNames.Sequence, sequence);
                    w.WriteNumber(JsonNames.Leg, leg);
                    w.WriteNumber(JsonNames.Attempt, attempt);
                }

                break;
            case OrderStatus.Accepted when order.VenueOrderId is { } venue:
                w.WriteString(JsonNames.VenueOrderId, venue.Value);
                break;
            case OrderStatus.Rejected or OrderStatus.Denied when order.Events[^1] is OrderRejected rejected:
                w.WriteString(JsonNames.ReasonCode, rejected.Code.ToString());
                w.WriteString(JsonNames.Message, rejected.Reason);
                break;
            default:
                break;
        }

        w.WriteEndObject();
    }

    /// <summary>The journal data of <paramref name="fill"/>.</summary>
    public static JsonObject FillData(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var data = new JsonObject
        {
            ["trade_id"] = fill.TradeId,
            ["symbol"] = fill.Symbol.Value,
            ["side"] = fill.Side.ToString().ToLowerInvariant(),
            ["quantity"] = fill.Quantity.Value,
            ["price"] = fill.Price.Value,
            ["fee"] = fill.Fee.Amount,
            ["fee_asset"] = fill.Fee.Asset.Value,
            ["liquidity"] = fill.Liquidity.ToString().ToLowerInvariant(),
            ["fill_ns"] = fill.Time.Value,
            ["strategy"] = fill.Strategy.Value,
        };
        if (fill.VenueOrderId is { } venue)
        {
            data["venue_order_id"] = venue.Value;
        }

        return data;
    }

    /// <summary>Reads a fill line back.</summary>
    public static Fill ReadFill(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var d = entry.Data;
        return new Fill(new ClientOrderId(entry.OrderId!), d["venue_order_id"] is { } v ? new VenueOrderId((string)v!) : null, (string)d["trade_id"]!,
            new Symbol((string)d["symbol"]!), Side(d), new Quantity((decimal)d["quantity"]!), new Price((decimal)d["price"]!),
            new Money((decimal)d["fee"]!, new Asset((string)d["fee_asset"]!)),
            Enum.Parse<Liquidity>((string?)d["liquidity"] ?? "unknown", ignoreCase: true),
            new UnixNanos((long?)d["fill_ns"] ?? entry.Time.Value), new StrategyId((string)d["strategy"]!), new BrokerId(entry.Broker!));
    }

    /// <summary>Reads an order-request line back as the ticket it came from, its attempt and creation time; <paramref name="signal"/> is the journaled signal when found.</summary>
    public static (OrderTicket Ticket, int Attempt, UnixNanos CreatedAt) ReadRequest(JournalEntry entry, Signal? signal)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var d = entry.Data;
        var id = new ClientOrderId(entry.OrderId!);
        if (!ClientOrderIds.TryParse(id, out var sequence, out var leg, out var attempt))
        {
            throw new JournalException($"order_request {id}: the id is not one the engine makes (strategy-sequence-leg-attempt)", "", (int)entry.Sequence);
        }

        var symbol = new Symbol((string)d["symbol"]!);
        var strategy = new StrategyId((string)d["strategy"]!);
        var created = new UnixNanos((long?)d["created_ns"] ?? entry.Time.Value);
        var assetClass = AssetClasses.Parse((string?)d["asset_class"] ?? "crypto");
        var type = Enum.Parse<OrderType>((string)d["type"]!, ignoreCase: true);
        signal ??= new Signal(symbol, SignalAction.Target, assetClass, strategy, created, targetQuantity: 0m,
            metadata: new Dictionary<string, object>(StringComparer.Ordinal) { ["reason"] = "restored" });
        var ticket = new OrderTicket(signal, sequence, leg, Side(d), new Quantity((decimal)d["quantity"]!), type,
            d["limit_price"] is { } limit ? new Price((decimal)limit!) : null,
            Enum.Parse<TimeInForce>((string?)d["tif"] ?? "gtc", ignoreCase: true));
        return (ticket, attempt, created);
    }

    private static OrderSide Side(JsonObject d) => (string)d["side"]! == "buy" ? OrderSide.Buy : OrderSide.Sell;
}
