using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Instruments;
using Sextant.Execution.Sizing;

namespace Sextant.Execution.Tests.Sizing;

public sealed class SizerTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    private static Signal Target(decimal? quantity = null, decimal? notional = null) =>
        new(Btc, SignalAction.Target, AssetClass.Crypto, new StrategyId("pairs"), default, targetQuantity: quantity, targetNotional: notional);

    [Fact]
    public void Decide_TargetQuantity_OrdersTheDifferenceFromThePosition()
    {
        // target 1.5, holding 0.4 → buy 1.1
        var sut = Sizer.Decide(Target(quantity: 1.5m), position: 0.4m, referencePrice: 27_000m, InstrumentRules.None(Btc));

        Assert.Equal(SizingDecision.Order(OrderSide.Buy, 1.1m), sut);
    }

    [Fact]
    public void Decide_TargetNotional_DividesByTheReferencePriceExactly()
    {
        // −10000 USDT at 25000 → target −0.4; flat → sell 0.4
        var sut = Sizer.Decide(Target(notional: -10_000m), position: 0m, referencePrice: 25_000m, InstrumentRules.None(Btc));

        Assert.Equal(SizingDecision.Order(OrderSide.Sell, 0.4m), sut);
    }

    [Fact]
    public void Decide_LotSize_RoundsTheTargetTowardZero()
    {
        // 10000 / 27000 = 0.370370…; lot 0.001 → target 0.370
        var sut = Sizer.Decide(Target(notional: 10_000m), 0m, 27_000m, new InstrumentRules(Btc, LotSize: 0.001m));

        Assert.Equal(SizingDecision.Order(OrderSide.Buy, 0.370m), sut);
    }

    [Fact]
    public void Decide_PositionWithFeeDust_TradesTheWholeLotsAndLeavesTheDust()
    {
        // bought 0.03838, the venue kept 0.00003838 as its fee: holding 0.03834162; flat target → sell the 0.03834 lots
        var sut = Sizer.Decide(Target(quantity: 0m), position: 0.03834162m, referencePrice: 26_000m, new InstrumentRules(Btc, LotSize: 0.00001m));

        Assert.Equal(SizingDecision.Order(OrderSide.Sell, 0.03834m), sut);
    }

    [Fact]
    public void Decide_OnlyDustLeft_ReportsItAndSendsNothing()
    {
        var sut = Sizer.Decide(Target(quantity: 0m), position: 0.00000162m, referencePrice: 26_000m, new InstrumentRules(Btc, LotSize: 0.00001m));

        Assert.False(sut.HasOrder);
        Assert.Equal(RejectReason.MinNotional, sut.Reason);
        Assert.Contains("dust below the lot size", sut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OrderBelowMinimumNotional_IsDustReportedNotTraded()
    {
        // 5 USDT of BTC against a 10 USDT minimum
        var sut = Sizer.Decide(Target(notional: 5m), 0m, 26_000m, new InstrumentRules(Btc, LotSize: 0.00001m, MinNotional: 10m));

        Assert.False(sut.HasOrder);
        Assert.Equal(RejectReason.MinNotional, sut.Reason);
    }

    [Fact]
    public void Decide_Flatten_ClosesAShort()
    {
        var flatten = new Signal(Btc, SignalAction.Flatten, AssetClass.Crypto, new StrategyId("pairs"), default);

        var sut = Sizer.Decide(flatten, position: -0.25m, referencePrice: 27_000m, InstrumentRules.None(Btc));

        Assert.Equal(SizingDecision.Order(OrderSide.Buy, 0.25m), sut);
    }

    [Fact]
    public void Decide_SellNotional_SellsThatValue()
    {
        var sell = new Signal(Btc, SignalAction.Sell, AssetClass.Crypto, new StrategyId("pairs"), default, notional: 500m);

        var sut = Sizer.Decide(sell, position: 0m, referencePrice: 20_000m, InstrumentRules.None(Btc));

        Assert.Equal(SizingDecision.Order(OrderSide.Sell, 0.025m), sut);
    }

    [Fact]
    public void Decide_AlreadyAtTarget_DoesNothing()
    {
        var sut = Sizer.Decide(Target(quantity: 0.5m), 0.5m, 27_000m, InstrumentRules.None(Btc));

        Assert.False(sut.HasOrder);
        Assert.Equal(SizingDecision.Nothing, sut);
    }

    [Fact]
    public void Decide_BelowMinimumNotional_IsRefusedAsDust()
    {
        // 0.0003 BTC at 27000 = 8.1 USDT < 10
        var sut = Sizer.Decide(Target(quantity: 0.0003m), 0m, 27_000m, new InstrumentRules(Btc, MinNotional: 10m));

        Assert.False(sut.HasOrder);
        Assert.Equal(RejectReason.MinNotional, sut.Reason);
        Assert.Contains("below the minimum 10", sut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NonPositiveReferencePrice_IsRefused()
    {
        var sut = Sizer.Decide(Target(notional: 100m), 0m, 0m, InstrumentRules.None(Btc));

        Assert.Equal(RejectReason.InvalidOrder, sut.Reason);
    }
}
