using System.Text;
using System.Text.Json;
using Sextant.Brokers.BinanceUs.Stream;

namespace Sextant.Brokers.BinanceUs.Tests.Stream;

/// <summary>User-data stream messages read from their bytes: the <c>executionReport</c> example of the Binance spot API documentation, and what follows a fill.</summary>
public sealed class ExecutionReportTests
{
    // The documentation's example (user-data-stream, "Order Update"), comments dropped.
    private const string DocumentedNew = """
        {"e":"executionReport","E":1499405658658,"s":"ETHBTC","c":"mUvoqJxFIILMdfAW5iGSOW","S":"BUY","o":"LIMIT","f":"GTC","q":"1.00000000",
         "p":"0.10264410","P":"0.00000000","F":"0.00000000","g":-1,"C":"","x":"NEW","X":"NEW","r":"NONE","i":4293153,"l":"0.00000000",
         "z":"0.00000000","L":"0.00000000","n":"0","N":null,"T":1499405658657,"t":-1,"I":8641984,"w":true,"m":false,"M":false,
         "O":1499405658657,"Z":"0.00000000","Y":"0.00000000","Q":"0.00000000"}
        """;

    private const string Trade = """
        {"e":"executionReport","E":1679006401001,"s":"BTCUSDT","c":"w4_trend-2a-0-0","S":"SELL","o":"MARKET","f":"GTC","q":"0.00077100",
         "p":"0.00000000","C":"","x":"TRADE","X":"FILLED","r":"NONE","i":17,"l":"0.00077100","z":"0.00077100","L":"25922.30000000",
         "n":"0.01998409","N":"USDT","T":1679006401000,"t":500017,"m":true,"O":1679006401000,"Z":"19.98560330"}
        """;

    private const string Balances = """
        {"e":"outboundAccountPosition","E":1564034571105,"u":1564034571073,"B":[{"a":"ETH","f":"10000.000000","l":"0.000000"},{"a":"BTC","f":"0.5","l":"0"}]}
        """;

    private readonly ExecutionReport _sut = new();

    [Fact]
    public void TryRead_TheDocumentedOrderUpdate_ReadsEveryFieldTheAdapterUses()
    {
        Assert.True(_sut.TryRead(Encoding.UTF8.GetBytes(DocumentedNew)));

        Assert.Equal(("NEW", "NEW", "mUvoqJxFIILMdfAW5iGSOW", "", "ETHBTC", "BUY"),
            (_sut.ExecutionType, _sut.Status, _sut.ClientOrderId, _sut.OriginalClientOrderId, _sut.Symbol, _sut.Side));
        Assert.Equal((1.00000000m, 4293153L, 1499405658657L, 1499405658658L, -1L), (_sut.OrderQuantity, _sut.VenueOrderId, _sut.TransactionTime, _sut.EventTime, _sut.TradeId));
        Assert.Equal((0m, 0m, 0m, 0m), (_sut.LastQuantity, _sut.LastPrice, _sut.Commission, _sut.CumulativeQuantity));
        Assert.Null(_sut.CommissionAsset);
        Assert.Equal((false, "NONE"), (_sut.IsMaker, _sut.RejectReason));
    }

    [Fact]
    public void TryRead_ATrade_ReadsItsAmountsExactly_AndForgetsThePreviousMessage()
    {
        _sut.TryRead(Encoding.UTF8.GetBytes(DocumentedNew));

        Assert.True(_sut.TryRead(Encoding.UTF8.GetBytes(Trade)));

        Assert.Equal(("TRADE", "FILLED", "w4_trend-2a-0-0", "SELL"), (_sut.ExecutionType, _sut.Status, _sut.ClientOrderId, _sut.Side));
        Assert.Equal((500017L, 0.00077100m, 25922.30000000m, 0.01998409m, "USDT", true), (_sut.TradeId, _sut.LastQuantity, _sut.LastPrice, _sut.Commission, _sut.CommissionAsset, _sut.IsMaker));
        Assert.Equal(0.00077100m, _sut.CumulativeQuantity);
        Assert.Equal("25922.30000000", _sut.LastPrice!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)); // the scale is kept, as decimal.Parse keeps it
    }

    [Fact]
    public void TryRead_OtherEventTypes_AreNotReports()
    {
        Assert.False(_sut.TryRead(Encoding.UTF8.GetBytes(Balances)));
        Assert.False(_sut.TryRead("""{"e":"balanceUpdate","E":1573200697110,"a":"BTC","d":"100.00000000","T":1573200697068}"""u8));
        Assert.False(_sut.TryRead("""{"E":1,"x":"NEW"}"""u8)); // no event type at all
    }

    [Theory]
    [InlineData("""{"e":"executionReport","q":"one"}""")]
    [InlineData("""{"e":"executionReport","i":"17"}""")]
    [InlineData("""{"e":"executionReport","x":5}""")]
    public void TryRead_AMalformedValue_Throws(string message)
    {
        var error = Assert.ThrowsAny<Exception>(() => _sut.TryRead(Encoding.UTF8.GetBytes(message)));

        Assert.True(error is FormatException or InvalidOperationException or JsonException, error.GetType().Name);
    }

    [Fact]
    public void TryRead_NotAnObject_Throws()
    {
        Assert.Throws<JsonException>(() => _sut.TryRead("[1,2]"u8));
    }

    [Fact]
    public void Required_AMissingField_IsNamed()
    {
        _sut.TryRead("""{"e":"executionReport","x":"TRADE"}"""u8);

        Assert.Contains("'t'", Assert.Throws<FormatException>(() => ExecutionReport.Required(_sut.TradeId, "t")).Message, StringComparison.Ordinal);
        Assert.Contains("'c'", Assert.Throws<FormatException>(() => ExecutionReport.Required(_sut.ClientOrderId, "c")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_AllocatesNothingForTheBalancesAfterAFill_AndOnlyTheIdAndSymbolForATrade()
    {
        var trade = Encoding.UTF8.GetBytes(Trade);
        var balances = Encoding.UTF8.GetBytes(Balances);
        for (var i = 0; i < 100; i++)
        {
            _sut.TryRead(trade);
            _sut.TryRead(balances);
        }

        // The least of several rounds: the runtime may allocate now and then on this thread (tiered compilation), not per message.
        var forBalances = LeastOfRounds(() => _sut.TryRead(balances));
        var perTrade = LeastOfRounds(() => _sut.TryRead(trade)) / 1_000;
        Assert.Equal(0, forBalances);
        Assert.InRange(perTrade, 1, 160); // "w4_trend-2a-0-0" and "BTCUSDT"; a node tree of the message took kilobytes
    }

    private static long LeastOfRounds(Action read)
    {
        var least = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1_000; i++)
            {
                read();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
