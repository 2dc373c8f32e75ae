using System.Net.WebSockets;
using Sextant.Emulator.Faults;
using Sextant.Emulator.Tests.Support;

namespace Sextant.Emulator.Tests.Binance;

public sealed class BinanceOrderTests
{
    [Fact]
    public async Task NewOrder_MarketBuy_FillsAtTheCurrentPriceWithFullResponse()
    {
        await using var sut = await EmulatorClient.StartAsync();
        sut.Control.SetPrice("BTCUSDT", 25_000m);

        var (status, body, _) = await sut.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&newClientOrderId=t-1");

        Assert.Equal(200, status);
        Assert.Equal("FILLED", (string)body!["status"]!);
        Assert.Equal("250.00000000", (string)body["cummulativeQuoteQty"]!);
        var fill = body["fills"]![0]!;
        Assert.Equal("25000.00000000", (string)fill["price"]!);
        Assert.Equal("BTC", (string)fill["commissionAsset"]!);
        var (_, trades, _) = await sut.SignedAsync(HttpMethod.Get, "/api/v3/myTrades", "symbol=BTCUSDT");
        Assert.Equal((long)fill["tradeId"]!, (long)trades![0]!["id"]!);
    }

    [Theory]
    [InlineData("quantity=0.000015&price=25000.00", "Filter failure: LOT_SIZE")]
    [InlineData("quantity=0.01&price=25000.001", "Filter failure: PRICE_FILTER")]
    [InlineData("quantity=0.0001&price=25000.00", "Filter failure: NOTIONAL")]
    public async Task NewOrder_BreaksAFilter_Fails1013WithTheFilterName(string sizes, string message)
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (status, body, _) = await sut.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&" + sizes);

        Assert.Equal(400, status);
        Assert.Equal(-1013, (int)body!["code"]!);
        Assert.Equal(message, (string)body["msg"]!);
    }

    [Fact]
    public async Task NewOrder_MoreThanTheBalance_Fails2010()
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (_, body, _) = await sut.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=5");

        Assert.Equal(-2010, (int)body!["code"]!);
        Assert.Equal("Account has insufficient balance for requested action.", (string)body["msg"]!);
    }

    [Fact]
    public async Task QueryAndCancel_UnknownOrder_Fail2013And2011()
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (_, query, _) = await sut.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=nope");
        var (_, cancel, _) = await sut.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&orderId=42");
        var (_, missing, _) = await sut.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT");

        Assert.Equal(-2013, (int)query!["code"]!);
        Assert.Equal(-2011, (int)cancel!["code"]!);
        Assert.Equal(-1102, (int)missing!["code"]!);
    }

    [Fact]
    public async Task UserDataStream_LimitOrderThenCross_ReportsNewTradeAndBalances()
    {
        await using var sut = await EmulatorClient.StartAsync();
        sut.Control.SetPrice("BTCUSDT", 25_000m);
        var (_, key, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v3/userDataStream"), binanceKey: true);
        using var socket = await sut.ConnectAsync("ws/" + (string)key!["listenKey"]!);
        await WaitForAsync(() => sut.Control.StreamCountOf("binance-user") == 1);

        await sut.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=24900&newClientOrderId=lim-1");
        sut.Control.SetPrice("BTCUSDT", 24_800m); // gaps through the limit: the buy gets the better price

        var accepted = (await EmulatorClient.ReceiveAsync(socket)).Message;
        var trade = (await EmulatorClient.ReceiveAsync(socket)).Message;
        var position = (await EmulatorClient.ReceiveAsync(socket)).Message;
        Assert.Equal(("NEW", "lim-1"), ((string)accepted["x"]!, (string)accepted["c"]!));
        Assert.Equal(("TRADE", "FILLED", "24800.00000000"), ((string)trade["x"]!, (string)trade["X"]!, (string)trade["L"]!));
        Assert.Equal("outboundAccountPosition", (string)position["e"]!);
    }

    [Fact]
    public async Task Faults_429ThenDroppedResponse_AreServedOnceEach()
    {
        await using var sut = await EmulatorClient.StartAsync();
        sut.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 429, RetryAfterSeconds = 7, Path = "/api/v3/time" });
        sut.Control.AddFault(new FaultRule { Kind = FaultKind.DropResponse, Path = "/api/v3/order", Method = "POST" });

        var (status, body, response) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/time"));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => sut.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=1000&newClientOrderId=lost-1"));
        var (_, query, _) = await sut.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=lost-1");

        Assert.Equal(429, status);
        Assert.Equal(-1003, (int)body!["code"]!);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        Assert.Equal("NEW", (string)query!["status"]!); // the dropped order was placed
    }

    [Fact]
    public async Task Klines_LimitAbove1000_Fails1130_AndRowsHaveTwelveFields()
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (_, tooMany, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/klines?symbol=BTCUSDT&interval=1m&limit=1001"));
        var (_, rows, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/klines?symbol=BTCUSDT&interval=5m&limit=3"));

        Assert.Equal(-1130, (int)tooMany!["code"]!);
        Assert.Equal(3, rows!.AsArray().Count);
        Assert.Equal(12, rows[0]!.AsArray().Count);
        Assert.Equal(0, (long)rows[0]![0]! % 300_000);
    }

    internal static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
