using System.Globalization;
using System.Text;
using System.Text.Json;
using Sextant.Brokers.BinanceUs.Data;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Brokers.BinanceUs.Tests.Data;

/// <summary>Combined-stream kline messages read from their bytes (the format of the Binance US WebSocket API documentation).</summary>
public sealed class KlineMessageTests
{
    private static readonly SeriesKey Btc = new(new VenueId("binanceus"), new Symbol("BTCUSDT"), BarInterval.OneMinute);
    private static readonly SeriesKey Eth = new(new VenueId("binanceus"), new Symbol("ETHUSDT"), BarInterval.OneMinute);
    private readonly KlineMessage _sut = new(new Dictionary<string, SeriesKey> { ["btcusdt@kline_1m"] = Btc, ["ethusdt@kline_1m"] = Eth });

    private static byte[] Message(string stream = "ethusdt@kline_1m", string closed = "true", string open = "\"1731.42\"") => Encoding.UTF8.GetBytes(
        """{"stream":"STREAM","data":{"e":"kline","E":1679006401001,"s":"ETHUSDT","k":{"t":1679006340000,"T":1679006399999,"s":"ETHUSDT","i":"1m","f":-1,"L":-1,"o":OPEN,"c":"1731.99000000","h":"1732.5","l":"1730.01","v":"104.2871","n":0,"x":CLOSED,"q":"180624.1","V":"0","Q":"0","B":"0"}}}"""
            .Replace("STREAM", stream, StringComparison.Ordinal).Replace("OPEN", open, StringComparison.Ordinal).Replace("CLOSED", closed, StringComparison.Ordinal));

    [Fact]
    public void TryRead_ClosedKlineOfOurStream_ReadsItsSeriesAndBarExactly()
    {
        Assert.True(_sut.TryRead(Message(), out var key, out var bar));

        Assert.Equal(Eth, key);
        Assert.Equal(UnixNanos.FromUnixMilliseconds(1679006340000), bar.Time);
        Assert.Equal(double.Parse("1731.42", CultureInfo.InvariantCulture), bar.Open);
        Assert.Equal(double.Parse("1732.5", CultureInfo.InvariantCulture), bar.High);
        Assert.Equal(double.Parse("1730.01", CultureInfo.InvariantCulture), bar.Low);
        Assert.Equal(double.Parse("1731.99000000", CultureInfo.InvariantCulture), bar.Close);
        Assert.Equal(double.Parse("104.2871", CultureInfo.InvariantCulture), bar.Volume);
    }

    [Fact]
    public void TryRead_StreamNamedAfterTheData_StillReadsIt()
    {
        var json = """{"data":{"k":{"x":true,"v":"1","c":"2","l":"1","h":"3","o":"2","t":60000}},"stream":"btcusdt@kline_1m"}"""u8;

        Assert.True(_sut.TryRead(json, out var key, out var bar));

        Assert.Equal(Btc, key);
        Assert.Equal((2d, 3d, 1d, 2d, 1d), (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume));
    }

    [Theory]
    [InlineData("ethusdt@kline_1m", "false")] // still open
    [InlineData("solusdt@kline_1m", "true")] // not one of ours
    public void TryRead_OpenOrForeignKline_IsNotABar(string stream, string closed)
    {
        Assert.False(_sut.TryRead(Message(stream, closed), out _, out _));
    }

    [Fact]
    public void TryRead_SubscriptionAnswer_IsNotABar()
    {
        Assert.False(_sut.TryRead("""{"result":null,"id":1}"""u8, out _, out _));
    }

    [Fact]
    public void TryRead_CutShort_ThrowsJsonException()
    {
        var json = Message();

        Assert.ThrowsAny<JsonException>(() => _sut.TryRead(json.AsSpan(0, json.Length / 2), out _, out _));
    }

    [Theory]
    [InlineData("1731.42")] // a number where the venue sends a string
    [InlineData("\"many\"")]
    public void TryRead_PriceNotADecimalString_ThrowsFormatException(string open)
    {
        Assert.Throws<FormatException>(() => _sut.TryRead(Message(open: open), out _, out _));
    }
}
