using System.Net.WebSockets;
using System.Text;
using Sextant.Emulator.Tests.Binance;
using Sextant.Emulator.Tests.Support;

namespace Sextant.Emulator.Tests.Alpaca;

public sealed class AlpacaApiTests
{
    private static HttpRequestMessage Order(string json) =>
        new(HttpMethod.Post, "/v2/orders") { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    [Fact]
    public async Task Account_WithoutKeys_Is401()
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (status, body, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v2/account"));

        Assert.Equal(401, status);
        Assert.Equal(40110000, (int)body!["code"]!);
    }

    [Fact]
    public async Task Orders_InvalidAndTooLarge_Are422And403()
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (invalid, _, _) = await sut.SendAsync(Order("""{"symbol":"SPY","qty":"1","notional":"5","side":"buy","type":"market","time_in_force":"day"}"""), alpacaKeys: true);
        var (poor, body, _) = await sut.SendAsync(Order("""{"symbol":"SPY","qty":"100000","side":"buy","type":"market","time_in_force":"day"}"""), alpacaKeys: true);

        Assert.Equal(422, invalid);
        Assert.Equal(403, poor);
        Assert.Equal("insufficient buying power", (string)body!["message"]!);
    }

    [Fact]
    public async Task Orders_LimitThenCancel_Returns204AndStreamsCanceled()
    {
        await using var sut = await EmulatorClient.StartAsync();
        using var socket = await sut.ConnectAsync("stream");
        await EmulatorClient.SendTextAsync(socket, $$"""{"action":"auth","key":"{{sut.Host.Options.Key}}","secret":"{{sut.Host.Options.Secret}}"}""");
        var auth = await EmulatorClient.ReceiveAsync(socket);
        await EmulatorClient.SendTextAsync(socket, """{"action":"listen","data":{"streams":["trade_updates"]}}""");
        await EmulatorClient.ReceiveAsync(socket);

        var (_, order, _) = await sut.SendAsync(Order("""{"symbol":"SPY","qty":"2","side":"buy","type":"limit","limit_price":"100","time_in_force":"day","client_order_id":"c-1"}"""), alpacaKeys: true);
        var (_, found, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v2/orders:by_client_order_id?client_order_id=c-1"), alpacaKeys: true);
        var (cancel, _, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/v2/orders/" + (string)order!["id"]!), alpacaKeys: true);
        var created = await EmulatorClient.ReceiveAsync(socket);
        var canceled = await EmulatorClient.ReceiveAsync(socket);

        Assert.Equal(("authorized", WebSocketMessageType.Binary), ((string)auth.Message["data"]!["status"]!, auth.Type));
        Assert.Equal((string)order["id"]!, (string)found!["id"]!);
        Assert.Equal(204, cancel);
        Assert.Equal("new", (string)created.Message["data"]!["event"]!);
        Assert.Equal("canceled", (string)canceled.Message["data"]!["event"]!);
    }

    [Fact]
    public async Task Orders_MarketBuy_FillsAndShowsAsPosition()
    {
        await using var sut = await EmulatorClient.StartAsync();
        sut.Control.SetPrice("SPY", 400m);

        var (status, order, _) = await sut.SendAsync(Order("""{"symbol":"SPY","qty":"3","side":"buy","type":"market","time_in_force":"day"}"""), alpacaKeys: true);
        var (_, positions, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v2/positions"), alpacaKeys: true);
        var (_, account, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v2/account"), alpacaKeys: true);

        Assert.Equal(200, status);
        Assert.Equal("filled", (string)order!["status"]!);
        Assert.Equal(("SPY", "3", "400"), ((string)positions![0]!["symbol"]!, (string)positions[0]!["qty"]!, (string)positions[0]!["avg_entry_price"]!));
        Assert.Equal("98800", (string)account!["cash"]!);
    }

    [Fact]
    public async Task DataStream_AuthSubscribeAndStep_SendsBars()
    {
        await using var sut = await EmulatorClient.StartAsync();
        using var socket = await sut.ConnectAsync("v2/iex");
        var connected = await EmulatorClient.ReceiveAsync(socket);
        await EmulatorClient.SendTextAsync(socket, $$"""{"action":"auth","key":"{{sut.Host.Options.Key}}","secret":"{{sut.Host.Options.Secret}}"}""");
        await EmulatorClient.ReceiveAsync(socket);
        await EmulatorClient.SendTextAsync(socket, """{"action":"subscribe","bars":["SPY"]}""");
        var subscription = await EmulatorClient.ReceiveAsync(socket);

        sut.Control.Step();
        var bar = await EmulatorClient.ReceiveAsync(socket);

        Assert.Equal("connected", (string)connected.Message[0]!["msg"]!);
        Assert.Equal("SPY", (string)subscription.Message[0]!["bars"]![0]!);
        Assert.Equal(("b", "SPY"), ((string)bar.Message[0]!["T"]!, (string)bar.Message[0]!["S"]!));
    }

    [Fact]
    public async Task Clock_MarketClosed_HoldsOrdersUntilOpen()
    {
        await using var sut = await EmulatorClient.StartAsync();
        sut.Control.MarketOpen = false;

        var (_, clock, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v2/clock"), alpacaKeys: true);
        var (_, order, _) = await sut.SendAsync(Order("""{"symbol":"SPY","qty":"1","side":"buy","type":"market","time_in_force":"day","client_order_id":"h-1"}"""), alpacaKeys: true);
        sut.Control.MarketOpen = true;

        Assert.False((bool)clock!["is_open"]!);
        Assert.Equal("accepted", (string)order!["status"]!);
        await BinanceOrderTests.WaitForAsync(() => sut.Control.OrderStatus("h-1") == "filled");
    }
}
