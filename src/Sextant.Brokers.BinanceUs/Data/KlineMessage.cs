using System.Globalization;
using System.Text;
using System.Text.Json;
using Sextant.Core.Bars;
using Sextant.Core.Time;

namespace Sextant.Brokers.BinanceUs.Data;

/// <summary>
/// Reads a message of the combined kline stream, <c>{"stream":"btcusdt@kline_1m","data":{…,"k":{"t":…,"o":"…",…,"x":true}}}</c>,
/// straight from its UTF-8 bytes: only the stream name and the kline's open time, prices, volume and closed flag, no
/// document and no strings (a live bar's path allocates nothing here). Prices parse exactly as <c>double.Parse</c> of the text.
/// </summary>
internal sealed class KlineMessage
{
    private readonly (byte[] Name, SeriesKey Key)[] _streams;

    /// <summary>A reader for the stream names (<c>btcusdt@kline_1m</c>) of <paramref name="streams"/>.</summary>
    public KlineMessage(IReadOnlyDictionary<string, SeriesKey> streams) =>
        _streams = [.. streams.Select(s => (Encoding.UTF8.GetBytes(s.Key), s.Value))];

    /// <summary>
    /// The closed kline of one of our streams in <paramref name="json"/>; false for an open kline, another stream or another
    /// message. Throws <see cref="JsonException"/> or <see cref="FormatException"/> for a malformed one.
    /// </summary>
    public bool TryRead(ReadOnlySpan<byte> json, out SeriesKey key, out Bar bar)
    {
        key = default;
        bar = default;
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        var stream = -1;
        var kline = default(Kline);
        var hasKline = false;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("stream"u8))
            {
                Next(ref reader);
                stream = StreamOf(ref reader);
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                Next(ref reader);
                hasKline = reader.TokenType == JsonTokenType.StartObject && ReadData(ref reader, out kline);
            }
            else
            {
                Next(ref reader);
                reader.Skip();
            }
        }

        if (stream < 0 || !hasKline || !kline.Closed)
        {
            return false;
        }

        key = _streams[stream].Key;
        bar = new Bar(UnixNanos.FromUnixMilliseconds(kline.OpenMs), kline.Open, kline.High, kline.Low, kline.Close, kline.Volume);
        return true;
    }

    private int StreamOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < _streams.Length; i++)
            {
                if (reader.ValueTextEquals(_streams[i].Name))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The <c>data</c> object: its <c>k</c>, everything else skipped.</summary>
    private static bool ReadData(ref Utf8JsonReader reader, out Kline kline)
    {
        kline = default;
        var found = false;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var isKline = reader.ValueTextEquals("k"u8);
            Next(ref reader);
            if (isKline && reader.TokenType == JsonTokenType.StartObject)
            {
                kline = ReadKline(ref reader);
                found = true;
            }
            else
            {
                reader.Skip();
            }
        }

        return found;
    }

    private static Kline ReadKline(ref Utf8JsonReader reader)
    {
        var k = default(Kline);
        var seen = 0;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var field = reader.ValueSpan.Length == 1 && !reader.ValueIsEscaped ? reader.ValueSpan[0] : (byte)0;
            Next(ref reader);
            switch (field)
            {
                case (byte)'t': k.OpenMs = reader.GetInt64(); seen |= 1; break;
                case (byte)'o': k.Open = Price(ref reader); seen |= 2; break;
                case (byte)'h': k.High = Price(ref reader); seen |= 4; break;
                case (byte)'l': k.Low = Price(ref reader); seen |= 8; break;
                case (byte)'c': k.Close = Price(ref reader); seen |= 16; break;
                case (byte)'v': k.Volume = Price(ref reader); seen |= 32; break;
                case (byte)'x': k.Closed = reader.GetBoolean(); break;
                default: reader.Skip(); break;
            }
        }

        return seen == 63 ? k : throw new FormatException("a kline without all of t, o, h, l, c and v");
    }

    /// <summary>A price or volume, a JSON string as the venue sends it (<c>"27000.01"</c>).</summary>
    private static double Price(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new FormatException($"a kline price must be a string, was {reader.TokenType}");
        }

        return reader.ValueIsEscaped
            ? double.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.Parse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new FormatException("a kline message cut short");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (Next(ref reader) != token)
        {
            throw new FormatException($"a kline message must be a JSON object, found {reader.TokenType}");
        }
    }

    private struct Kline
    {
        public long OpenMs;
        public double Open;
        public double High;
        public double Low;
        public double Close;
        public double Volume;
        public bool Closed;
    }
}
