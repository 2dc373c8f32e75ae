using System.Text.Json;

namespace Sextant.Core.Text;

/// <summary>
/// The property names of the journal's lines and of a signal's JSON form (and the order lines' fixed values: buy, sell,
/// market, limit), encoded once: the order path writes a signal
/// line and a request line before every order, and encoding the names afresh was part of what each line cost.
/// </summary>
#pragma warning disable CS1591 // each field is its JSON text
public static class JsonNames
{
    public static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    public static readonly JsonEncodedText AssetClass = JsonEncodedText.Encode("asset_class");
    public static readonly JsonEncodedText Attempt = JsonEncodedText.Encode("attempt");
    public static readonly JsonEncodedText Broker = JsonEncodedText.Encode("broker");
    public static readonly JsonEncodedText Buy = JsonEncodedText.Encode("buy");
    public static readonly JsonEncodedText CreatedNs = JsonEncodedText.Encode("created_ns");
    public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    public static readonly JsonEncodedText Filled = JsonEncodedText.Encode("filled");
    public static readonly JsonEncodedText Leg = JsonEncodedText.Encode("leg");
    public static readonly JsonEncodedText Limit = JsonEncodedText.Encode("limit");
    public static readonly JsonEncodedText LimitPrice = JsonEncodedText.Encode("limit_price");
    public static readonly JsonEncodedText Market = JsonEncodedText.Encode("market");
    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    public static readonly JsonEncodedText Metadata = JsonEncodedText.Encode("metadata");
    public static readonly JsonEncodedText Notional = JsonEncodedText.Encode("notional");
    public static readonly JsonEncodedText Ns = JsonEncodedText.Encode("ns");
    public static readonly JsonEncodedText OrderId = JsonEncodedText.Encode("order_id");
    public static readonly JsonEncodedText OrderType = JsonEncodedText.Encode("order_type");
    public static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("quantity");
    public static readonly JsonEncodedText ReasonCode = JsonEncodedText.Encode("reason_code");
    public static readonly JsonEncodedText Sell = JsonEncodedText.Encode("sell");
    public static readonly JsonEncodedText Seq = JsonEncodedText.Encode("seq");
    public static readonly JsonEncodedText Sequence = JsonEncodedText.Encode("sequence");
    public static readonly JsonEncodedText Side = JsonEncodedText.Encode("side");
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText Strategy = JsonEncodedText.Encode("strategy");
    public static readonly JsonEncodedText Symbol = JsonEncodedText.Encode("symbol");
    public static readonly JsonEncodedText TargetNotional = JsonEncodedText.Encode("target_notional");
    public static readonly JsonEncodedText TargetQuantity = JsonEncodedText.Encode("target_quantity");
    public static readonly JsonEncodedText Tif = JsonEncodedText.Encode("tif");
    public static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
    public static readonly JsonEncodedText TimeInForce = JsonEncodedText.Encode("time_in_force");
    public static readonly JsonEncodedText TimeNs = JsonEncodedText.Encode("time_ns");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText VenueOrderId = JsonEncodedText.Encode("venue_order_id");
}
#pragma warning restore CS1591
