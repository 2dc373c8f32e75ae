using System.Globalization;
using System.Text.Json;

namespace Sextant.Brokers.BinanceUs.Stream;

/// <summary>
/// The fields of a user-data stream <c>executionReport</c> the adapter acts on, read straight from the message's UTF-8
/// bytes: no document or node tree per message, and the account and balance messages that follow every fill are passed
/// over without building anything. Binance's one-letter keys are case-sensitive (<c>c</c> is the client order id, <c>C</c>
/// the original one on a cancel; <c>x</c> the execution type, <c>X</c> the order status). Required fields are checked
/// where they are used, so a message lacking one is named as bad, as before.
/// </summary>
internal sealed class ExecutionReport
{
    /// <summary><c>x</c>: NEW, TRADE, CANCELED, REJECTED, EXPIRED, …</summary>
    public string? ExecutionType { get; private set; }

    /// <summary><c>c</c>: the client order id (a cancel's own id on a cancel).</summary>
    public string? ClientOrderId { get; private set; }

    /// <summary><c>C</c>: on a cancel, the cancelled order's client id; empty otherwise.</summary>
    public string? OriginalClientOrderId { get; private set; }

    /// <summary><c>s</c>.</summary>
    public string? Symbol { get; private set; }

    /// <summary><c>S</c>: BUY or SELL.</summary>
    public string? Side { get; private set; }

    /// <summary><c>q</c>: the order's quantity.</summary>
    public decimal? OrderQuantity { get; private set; }

    /// <summary><c>i</c>: the venue's order id.</summary>
    public long? VenueOrderId { get; private set; }

    /// <summary><c>T</c>: transaction time (ms).</summary>
    public long? TransactionTime { get; private set; }

    /// <summary><c>E</c>: event time (ms).</summary>
    public long? EventTime { get; private set; }

    /// <summary><c>X</c>: the order's status after this event.</summary>
    public string? Status { get; private set; }

    /// <summary><c>t</c>: trade id (-1 unless a trade).</summary>
    public long? TradeId { get; private set; }

    /// <summary><c>l</c>: last executed quantity.</summary>
    public decimal? LastQuantity { get; private set; }

    /// <summary><c>L</c>: last executed price.</summary>
    public decimal? LastPrice { get; private set; }

    /// <summary><c>n</c>: commission of this trade.</summary>
    public decimal? Commission { get; private set; }

    /// <summary><c>N</c>: the commission's asset; null when there was none.</summary>
    public string? CommissionAsset { get; private set; }

    /// <summary><c>m</c>: the trade was the maker side.</summary>
    public bool? IsMaker { get; private set; }

    /// <summary><c>z</c>: cumulative filled quantity.</summary>
    public decimal? CumulativeQuantity { get; private set; }

    /// <summary><c>r</c>: reject reason.</summary>
    public string? RejectReason { get; private set; }

    /// <summary>
    /// Reads <paramref name="message"/> into this instance (one per stream, reused: the stream reads one message at a time);
    /// false for any other event type (<c>e</c>), whose fields are skipped. Throws <see cref="JsonException"/> or
    /// <see cref="FormatException"/> for a message that is not a JSON object with well-formed values.
    /// </summary>
    public bool TryRead(ReadOnlySpan<byte> message)
    {
        Clear();
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a stream message is not a JSON object");
        }

        var isReport = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.ValueSpan;
            reader.Read();
            if (key.Length != 1 || reader.ValueIsEscaped)
            {
                reader.Skip(); // none of Binance's keys we read is longer than a letter
                continue;
            }

            switch ((char)key[0])
            {
                case 'e':
                    if (!reader.ValueTextEquals("executionReport"u8))
                    {
                        return false;
                    }

                    isReport = true;
                    break;
                case 'x': ExecutionType = Text(ref reader, Known.ExecutionTypes); break;
                case 'c': ClientOrderId = Text(ref reader, []); break;
                case 'C': OriginalClientOrderId = Text(ref reader, []); break;
                case 's': Symbol = Text(ref reader, []); break;
                case 'S': Side = Text(ref reader, Known.Sides); break;
                case 'q': OrderQuantity = Decimal(ref reader); break;
                case 'i': VenueOrderId = Long(ref reader); break;
                case 'T': TransactionTime = Long(ref reader); break;
                case 'E': EventTime = Long(ref reader); break;
                case 'X': Status = Text(ref reader, Known.Statuses); break;
                case 't': TradeId = Long(ref reader); break;
                case 'l': LastQuantity = Decimal(ref reader); break;
                case 'L': LastPrice = Decimal(ref reader); break;
                case 'n': Commission = Decimal(ref reader); break;
                case 'N': CommissionAsset = Text(ref reader, Known.Assets); break;
                case 'm': IsMaker = reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean(); break;
                case 'z': CumulativeQuantity = Decimal(ref reader); break;
                case 'r': RejectReason = Text(ref reader, Known.RejectReasons); break;
                default: reader.Skip(); break;
            }
        }

        return isReport;
    }

    /// <summary>The value of a required text field, or a <see cref="FormatException"/> naming its key.</summary>
    public static string Required(string? value, string key) => value ?? throw new FormatException($"executionReport without '{key}'");

    /// <summary>The value of a required field, or a <see cref="FormatException"/> naming its key.</summary>
    public static T Required<T>(T? value, string key)
        where T : struct => value ?? throw new FormatException($"executionReport without '{key}'");

    private void Clear()
    {
        (ExecutionType, ClientOrderId, OriginalClientOrderId, Symbol, Side, Status, CommissionAsset, RejectReason) = (null, null, null, null, null, null, null, null);
        (OrderQuantity, LastQuantity, LastPrice, Commission, CumulativeQuantity) = (null, null, null, null, null);
        (VenueOrderId, TransactionTime, EventTime, TradeId, IsMaker) = (null, null, null, null, null);
    }

    /// <summary>A string value: one of <paramref name="known"/> without allocating when it is one, else a new string; null for JSON null.</summary>
    private static string? Text(ref Utf8JsonReader reader, string[] known)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new FormatException($"expected a string, found {reader.TokenType}");
        }

        foreach (var text in known)
        {
            if (reader.ValueTextEquals(text))
            {
                return text;
            }
        }

        return reader.GetString();
    }

    /// <summary>A decimal sent as a string, as Binance sends amounts (a plain number is read too); null for JSON null.</summary>
    private static decimal? Decimal(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.GetDecimal();
            case JsonTokenType.String when !reader.ValueIsEscaped
                && decimal.TryParse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var value):
                return value;
            default:
                throw new FormatException($"expected a decimal, found {(reader.TokenType == JsonTokenType.String ? "\"" + reader.GetString() + "\"" : reader.TokenType.ToString())}");
        }
    }

    private static long? Long(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();

    /// <summary>The values that come again and again, kept as one string each.</summary>
    private static class Known
    {
        public static readonly string[] ExecutionTypes = ["NEW", "TRADE", "CANCELED", "REJECTED", "EXPIRED", "REPLACED", "TRADE_PREVENTION"];
        public static readonly string[] Statuses = ["NEW", "PARTIALLY_FILLED", "FILLED", "CANCELED", "PENDING_CANCEL", "REJECTED", "EXPIRED", "EXPIRED_IN_MATCH"];
        public static readonly string[] Sides = ["BUY", "SELL"];
        public static readonly string[] Assets = ["USDT", "USD", "BTC", "ETH", "BNB"];
        public static readonly string[] RejectReasons = ["NONE"];
    }
}
