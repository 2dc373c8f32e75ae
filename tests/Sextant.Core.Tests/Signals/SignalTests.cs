using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Signals;

public sealed partial class SignalTests
{
    private const string Prefix = "Signal for BTCUSDT from strategy pairs: ";

    [Fact]
    public void Constructor_BuyWithQuantity_UsesDefaults()
    {
        var sut = Make(SignalAction.Buy, quantity: 0.5m);

        Assert.Equal(0.5m, sut.Quantity);
        Assert.Equal(OrderType.Market, sut.OrderType);
        Assert.Equal(TimeInForce.Gtc, sut.TimeInForce);
        Assert.Null(sut.LimitPrice);
        Assert.Empty(sut.Metadata);
    }

    [Fact]
    public void Constructor_BuyWithNeither_NamesRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Buy));

        Assert.Equal(Prefix + "a Buy needs Quantity or Notional, neither was given", ex.Message);
    }

    [Fact]
    public void Constructor_SellWithBoth_NamesBothValues()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Sell, quantity: 1m, notional: 100m));

        Assert.Equal(Prefix + "a Sell needs Quantity or Notional, not both (was 1 and 100)", ex.Message);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(-1, null)]
    [InlineData(null, 0)]
    public void Constructor_BuyNonPositiveSize_Rejected(int? quantity, int? notional)
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Buy, quantity: quantity, notional: notional));

        Assert.Contains("must be positive, was", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BuyWithTarget_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Buy, quantity: 1m, targetQuantity: 2m));

        Assert.Equal(Prefix + "a Buy takes no TargetQuantity, was 2", ex.Message);
    }

    [Fact]
    public void Constructor_TargetSignedQuantity_Accepted()
    {
        var sut = Make(SignalAction.Target, targetQuantity: -3.5m);

        Assert.Equal(-3.5m, sut.TargetQuantity);
    }

    [Fact]
    public void Constructor_TargetWithNeither_NamesRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Target));

        Assert.Equal(Prefix + "a Target needs TargetQuantity or TargetNotional, neither was given", ex.Message);
    }

    [Fact]
    public void Constructor_TargetWithQuantity_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Target, targetNotional: 1000m, quantity: 1m));

        Assert.Equal(Prefix + "a Target takes no Quantity, was 1", ex.Message);
    }

    [Fact]
    public void Constructor_FlattenWithNothing_Accepted()
    {
        var sut = Make(SignalAction.Flatten);

        Assert.Equal(SignalAction.Flatten, sut.Action);
    }

    [Fact]
    public void Constructor_FlattenWithSize_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(SignalAction.Flatten, notional: 500m));

        Assert.Equal(Prefix + "a Flatten takes no Notional, was 500", ex.Message);
    }

    private static Signal Make(
        SignalAction action,
        decimal? quantity = null,
        decimal? notional = null,
        decimal? targetQuantity = null,
        decimal? targetNotional = null,
        OrderType orderType = OrderType.Market,
        decimal? limitPrice = null,
        AssetClass assetClass = AssetClass.Crypto,
        IReadOnlyDictionary<string, object>? metadata = null) =>
        new(Some.Symbol(), action, assetClass, Some.Strategy(), Some.Time(), quantity, notional, targetQuantity, targetNotional,
            orderType, limitPrice, metadata: metadata);
}
