using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Signals;

public sealed partial class SignalTests
{
    [Fact]
    public void Constructor_LimitWithoutPrice_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Buy, quantity: 1m, orderType: OrderType.Limit));

        Assert.Equal(Prefix + "a Limit signal needs LimitPrice, none was given", ex.Message);
    }

    [Fact]
    public void Constructor_LimitWithZeroPrice_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Buy, quantity: 1m, orderType: OrderType.Limit, limitPrice: 0m));

        Assert.Equal(Prefix + "LimitPrice must be positive, was 0", ex.Message);
    }

    [Fact]
    public void Constructor_MarketWithPrice_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Buy, quantity: 1m, limitPrice: 101.5m));

        Assert.Equal(Prefix + "a Market signal takes no LimitPrice, was 101.5", ex.Message);
    }

    [Fact]
    public void Constructor_AssetClassOutsideEnum_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Flatten, assetClass: (AssetClass)9));

        Assert.Equal(Prefix + "asset class must be one of crypto, equity, was 9", ex.Message);
    }

    [Fact]
    public void Constructor_UnsetSymbol_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Signal(default, SignalAction.Flatten, AssetClass.Crypto, Some.Strategy(), Some.Time()));

        Assert.Equal("Signal for (unset) from strategy pairs: symbol must be set", ex.Message);
    }

    [Fact]
    public void Constructor_MetadataOfAllowedTypes_IsCopied()
    {
        var metadata = new Dictionary<string, object>
        {
            ["z"] = 2.1, ["hedge_ratio"] = 0.85m, ["reason"] = "entry", ["bars"] = 240, ["seq"] = 7L, ["long"] = true,
        };

        var sut = Make(SignalAction.Target, targetNotional: 10_000m, metadata: metadata);
        metadata["z"] = 9.9;

        Assert.Equal(6, sut.Metadata.Count);
        Assert.Equal(2.1, sut.Metadata["z"]);
    }

    [Fact]
    public void Constructor_MetadataOfOtherType_RejectedNamingKey()
    {
        var metadata = new Dictionary<string, object> { ["when"] = DateTime.UnixEpoch };

        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Flatten, metadata: metadata));

        Assert.Equal(Prefix + "metadata 'when' has type DateTime; allowed are string, double, decimal, long, int, bool", ex.Message);
    }

    [Fact]
    public void Constructor_SeveralProblems_ListsEach()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Buy, limitPrice: 5m));

        Assert.Equal(Prefix + "a Buy needs Quantity or Notional, neither was given; a Market signal takes no LimitPrice, was 5", ex.Message);
    }
}
