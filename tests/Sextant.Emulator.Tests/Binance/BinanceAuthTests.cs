using Microsoft.Extensions.Time.Testing;
using Sextant.Emulator.Tests.Support;

namespace Sextant.Emulator.Tests.Binance;

public sealed class BinanceAuthTests
{
    // Binance US REST API docs, "SIGNED Endpoint Examples for POST /api/v3/order": the documented key, secret, payload and signature.
    private const string DocKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string DocSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private const string DocPayload = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
    private const string DocSignature = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71";

    private static Task<EmulatorClient> StartAtDocumentTimeAsync() => EmulatorClient.StartAsync(new EmulatorOptions
    {
        Port = 0,
        Speed = 0,
        Key = DocKey,
        Secret = DocSecret,
        Time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1499827319559 + 100)),
    });

    [Theory]
    [InlineData("query")]
    [InlineData("body")]
    public async Task NewOrder_DocumentedSignedRequest_PassesAuthAndFailsOnlyOnTheUnlistedSymbol(string where)
    {
        await using var sut = await StartAtDocumentTimeAsync();
        using var request = where == "query"
            ? new HttpRequestMessage(HttpMethod.Post, "/api/v3/order?" + DocPayload + "&signature=" + DocSignature)
            : new HttpRequestMessage(HttpMethod.Post, "/api/v3/order") { Content = new StringContent(DocPayload + "&signature=" + DocSignature, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };

        var (status, body, _) = await sut.SendAsync(request, binanceKey: true);

        Assert.Equal(400, status);
        Assert.Equal(-1121, (int)body!["code"]!); // LTCBTC is not listed here; the signature and timestamp were accepted
    }

    [Fact]
    public async Task NewOrder_DocumentedSplitForm_IsAcceptedUpperCaseHexToo()
    {
        await using var sut = await StartAtDocumentTimeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC")
        {
            Content = new StringContent("quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=" + "0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77".ToUpperInvariant(),
                System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        var (_, body, _) = await sut.SendAsync(request, binanceKey: true);

        Assert.Equal(-1121, (int)body!["code"]!);
    }

    [Fact]
    public async Task NewOrder_TamperedPayload_IsRejectedWith1022()
    {
        await using var sut = await StartAtDocumentTimeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v3/order?" + DocPayload.Replace("quantity=1", "quantity=2", StringComparison.Ordinal) + "&signature=" + DocSignature);

        var (status, body, _) = await sut.SendAsync(request, binanceKey: true);

        Assert.Equal(400, status);
        Assert.Equal(-1022, (int)body!["code"]!);
        Assert.Equal("Signature for this request is not valid.", (string)body["msg"]!);
    }

    [Fact]
    public async Task Account_TimestampOutsideRecvWindow_IsRejectedWith1021()
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (status, body, _) = await sut.SignedAsync(HttpMethod.Get, "/api/v3/account", "recvWindow=5000", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 10_000);

        Assert.Equal(400, status);
        Assert.Equal(-1021, (int)body!["code"]!);
    }

    [Fact]
    public async Task Account_MissingSignatureOrKey_IsRejected()
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (_, noSignature, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/account?timestamp=1"), binanceKey: true);
        var (status, noKey, _) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/account?timestamp=1&signature=ab"));

        Assert.Equal(-1102, (int)noSignature!["code"]!);
        Assert.Equal(401, status);
        Assert.Equal(-2014, (int)noKey!["code"]!);
    }

    [Fact]
    public async Task Ping_AnyRequest_ReportsUsedWeight()
    {
        await using var sut = await EmulatorClient.StartAsync();

        var (status, body, response) = await sut.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v3/ping"));

        Assert.Equal(200, status);
        Assert.Equal("{}", body!.ToJsonString());
        Assert.True(response.Headers.Contains("X-MBX-USED-WEIGHT-1M"));
    }
}
