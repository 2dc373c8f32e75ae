using Sextant.Brokers.BinanceUs.Rest;

namespace Sextant.Brokers.BinanceUs.Tests.Rest;

public sealed class BinanceSignerTests
{
    // Binance US REST API docs, "SIGNED Endpoint Examples for POST /api/v3/order" (also Binance spot API docs, request security):
    // the documented test secret, payload and signatures.
    private const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private const string Payload = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";

    [Fact]
    public void Sign_DocumentedPayloadAsQueryString_MatchesDocumentedSignature()
    {
        using var sut = new BinanceSigner(Secret);

        Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", sut.Sign(Payload));
    }

    [Fact]
    public void Sign_DocumentedPayloadAsBody_MatchesTheSameSignature()
    {
        using var sut = new BinanceSigner(Secret);

        Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", sut.Sign(string.Empty, Payload));
    }

    [Fact]
    public void Sign_DocumentedSplitForm_MatchesDocumentedSignature()
    {
        using var sut = new BinanceSigner(Secret);

        var signature = sut.Sign("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC", "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");

        Assert.Equal("0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77", signature);
    }

    [Fact]
    public void Verify_UpperCaseHex_IsAcceptedLikeTheVenue()
    {
        using var sut = new BinanceSigner(Secret);

        Assert.True(sut.Verify(Payload, string.Empty, "C8DB56825AE71D6D79447849E617115F4A920FA2ACDCAB2B053C4B2838BD6B71"));
        Assert.False(sut.Verify(Payload + "&x=1", string.Empty, "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"));
    }

    [Fact]
    public void ToString_NeverShowsTheSecret()
    {
        using var sut = new BinanceSigner(Secret);

        Assert.DoesNotContain(Secret, sut.ToString(), StringComparison.Ordinal);
    }
}
