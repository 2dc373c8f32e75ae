using System.Globalization;
using System.Text;
using System.Text.Json;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Text;
using Sextant.Core.Time;

namespace Sextant.Core.Signals;

/// <summary>
/// A signal as one JSON object, for the journal and the dashboard: snake_case keys, amounts as exact JSON numbers,
/// time as ISO 8601 UTC with nanoseconds. Metadata keeps its types: strings, booleans and doubles as plain JSON, and
/// <c>{"$decimal": "1.50"}</c>, <c>{"$long": 5}</c>, <c>{"$int": 5}</c> for the others, so a round trip is exact.
/// </summary>
public static class SignalJson
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false };

    /// <summary>The signal as a compact JSON object.</summary>
    public static string Serialize(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            Write(w, signal);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the signal as a JSON object into <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, Signal signal) => Write(w, signal, null);

    /// <summary>Writes the signal as a JSON object into <paramref name="w"/>, with properties <paramref name="extra"/> writes before it closes (a journal's sequence number); readers ignore them.</summary>
    public static void Write(Utf8JsonWriter w, Signal signal, Action<Utf8JsonWriter>? extra)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(signal);
        w.WriteStartObject();
        w.WriteString(JsonNames.Symbol, signal.Symbol.Value);
        w.WriteString(JsonNames.Action, LowerCaseNames.Of(signal.Action));
        w.WriteString(JsonNames.AssetClass, signal.AssetClass.ToConfigName());
        w.WriteString(JsonNames.Strategy, signal.Strategy.Value);
        w.WriteTime(JsonNames.Time, signal.Time);
        w.WriteNumber(JsonNames.TimeNs, signal.Time.Value);
        Amount(w, JsonNames.Quantity, signal.Quantity);
        Amount(w, JsonNames.Notional, signal.Notional);
        Amount(w, JsonNames.TargetQuantity, signal.TargetQuantity);
        Amount(w, JsonNames.TargetNotional, signal.TargetNotional);
        w.WriteString(JsonNames.OrderType, LowerCaseNames.Of(signal.OrderType));
        Amount(w, JsonNames.LimitPrice, signal.LimitPrice);
        w.WriteString(JsonNames.TimeInForce, LowerCaseNames.Of(signal.TimeInForce));
        w.WriteStartObject(JsonNames.Metadata);
        var metadata = signal.Metadata as SignalMetadata ?? SignalMetadata.From(signal.Metadata); // a Signal holds its metadata as one
        Span<int> order = metadata.Count <= 32 ? stackalloc int[metadata.Count] : new int[metadata.Count];
        OrdinalOrder(metadata, order);
        foreach (var index in order)
        {
            var key = metadata.KeyAt(index);
            w.WritePropertyName(key);
            switch (metadata.ValueAt(index))
            {
                case string s: w.WriteStringValue(s); break;
                case bool b: w.WriteBooleanValue(b); break;
                case double d when double.IsFinite(d): w.WriteNumberValue(d); break;
                case double d: w.WriteStartObject(); w.WriteString("$double", d.ToString("R", CultureInfo.InvariantCulture)); w.WriteEndObject(); break;
                case decimal m: w.WriteStartObject(); w.WriteString("$decimal", m.ToString(CultureInfo.InvariantCulture)); w.WriteEndObject(); break;
                case long l: w.WriteStartObject(); w.WriteNumber("$long", l); w.WriteEndObject(); break;
                case int i: w.WriteStartObject(); w.WriteNumber("$int", i); w.WriteEndObject(); break;
                case var value: throw new ArgumentException($"metadata '{key}' has type {value.GetType().Name}; allowed: string, double, decimal, long, int, bool", nameof(signal));
            }
        }

        w.WriteEndObject();
        extra?.Invoke(w);
        w.WriteEndObject();
    }

    /// <summary>Reads a signal written by <see cref="Serialize"/>; throws <see cref="FormatException"/> naming what is wrong (and the signal's own rules apply).</summary>
    public static Signal Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    /// <summary>Reads a signal from a JSON object.</summary>
    public static Signal Read(JsonElement e)
    {
        try
        {
            var metadata = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var property in e.GetProperty("metadata").EnumerateObject())
            {
                metadata[property.Name] = Value(property.Value);
            }

            return new Signal(
                new Symbol(e.GetProperty("symbol").GetString()!),
                Enum.Parse<SignalAction>(e.GetProperty("action").GetString()!, ignoreCase: true),
                AssetClasses.Parse(e.GetProperty("asset_class").GetString()!),
                new StrategyId(e.GetProperty("strategy").GetString()!),
                new UnixNanos(e.GetProperty("time_ns").GetInt64()),
                Amount(e, "quantity"),
                Amount(e, "notional"),
                Amount(e, "target_quantity"),
                Amount(e, "target_notional"),
                Enum.Parse<OrderType>(e.GetProperty("order_type").GetString()!, ignoreCase: true),
                Amount(e, "limit_price"),
                Enum.Parse<TimeInForce>(e.GetProperty("time_in_force").GetString()!, ignoreCase: true),
                metadata);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new FormatException($"not a signal: {ex.Message}", ex);
        }
    }

    private static object Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.Object when value.TryGetProperty("$decimal", out var m) => decimal.Parse(m.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
        JsonValueKind.Object when value.TryGetProperty("$long", out var l) => l.GetInt64(),
        JsonValueKind.Object when value.TryGetProperty("$int", out var i) => i.GetInt32(),
        JsonValueKind.Object when value.TryGetProperty("$double", out var d) => double.Parse(d.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"metadata value {value.GetRawText()} has no supported type"),
    };

    /// <summary>Fills <paramref name="order"/> with the metadata's indices in ordinal key order (an insertion sort: a signal has a handful of keys).</summary>
    private static void OrdinalOrder(SignalMetadata metadata, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            var j = i;
            for (; j > 0 && string.CompareOrdinal(metadata.KeyAt(order[j - 1]), metadata.KeyAt(i)) > 0; j--)
            {
                order[j] = order[j - 1];
            }

            order[j] = i;
        }
    }

    private static void Amount(Utf8JsonWriter w, JsonEncodedText name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static decimal? Amount(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value.GetDecimal() : null;
}
