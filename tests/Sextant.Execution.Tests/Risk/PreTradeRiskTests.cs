using Sextant.Config.Schema;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Risk;

namespace Sextant.Execution.Tests.Risk;

public sealed class PreTradeRiskTests
{
    private static readonly UnixNanos Start = UnixNanos.FromUnixSeconds(1_679_000_000);

    [Fact]
    public void Check_OrderAboveMaxNotional_IsDeniedNamingTheLimit()
    {
        var sut = new PreTradeRisk(new RiskConfig { MaxOrderNotional = 50_000m }, new SimulatedClock(Start));

        var decision = sut.Check(50_000.01m, 0m);

        Assert.Equal(RejectReason.RiskLimit, decision.Reason);
        Assert.Contains("risk.max_order_notional 50000", decision.Message, StringComparison.Ordinal);
        Assert.True(sut.Check(50_000m, 0m).Allowed);
    }

    [Fact]
    public void Check_PositionAfterOrderAboveMax_IsDenied()
    {
        var sut = new PreTradeRisk(new RiskConfig { MaxPositionNotional = 200_000m }, new SimulatedClock(Start));

        Assert.False(sut.Check(10_000m, 200_001m).Allowed);
    }

    [Fact]
    public void Check_OrdersPerMinute_SlidingWindow()
    {
        var clock = new SimulatedClock(Start);
        var sut = new PreTradeRisk(new RiskConfig { MaxOrdersPerMinute = 2, MaxOrderNotional = null, MaxPositionNotional = null }, clock);

        Assert.True(sut.Check(1, 1).Allowed);
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(sut.Check(1, 1).Allowed);
        Assert.False(sut.Check(1, 1).Allowed);
        clock.Advance(TimeSpan.FromSeconds(30)); // the first order is now a minute old
        Assert.True(sut.Check(1, 1).Allowed);
    }

    [Fact]
    public void OnEquity_DrawdownBeyondLimit_TripsTheKillSwitchOnceAndDeniesOrders()
    {
        // peak 100000; 85000 is a 15% drawdown, beyond 10%
        var sut = new PreTradeRisk(new RiskConfig { MaxDrawdown = 0.1 }, new SimulatedClock(Start));
        Assert.False(sut.OnEquity(Start, 100_000m));
        Assert.False(sut.OnEquity(Start + TimeSpan.FromMinutes(1), 95_000m));

        Assert.True(sut.OnEquity(Start + TimeSpan.FromMinutes(2), 85_000m));
        Assert.False(sut.OnEquity(Start + TimeSpan.FromMinutes(3), 80_000m));

        Assert.True(sut.KillSwitchTripped);
        Assert.Contains("15.00", sut.KillReason, StringComparison.Ordinal);
        Assert.Equal(RejectReason.KillSwitch, sut.Check(1, 1).Reason);
    }

    [Fact]
    public void OnEquity_FallToZeroOrBelow_TripsTheKillSwitchWithNoLimitsConfigured()
    {
        // no drawdown or loss limit at all: 100000 → 40000 is allowed, 0 is ruin
        var sut = new PreTradeRisk(new RiskConfig { MaxDrawdown = null, MaxDailyLoss = null }, new SimulatedClock(Start));
        Assert.False(sut.OnEquity(Start, 100_000m));
        Assert.False(sut.OnEquity(Start + TimeSpan.FromMinutes(1), 40_000m));

        Assert.True(sut.OnEquity(Start + TimeSpan.FromMinutes(2), 0m));

        Assert.Contains("ruined", sut.KillReason, StringComparison.Ordinal);
        Assert.Equal(RejectReason.KillSwitch, sut.Check(1, 1).Reason);
    }

    [Fact]
    public void OnEquity_AnAccountThatNeverHeldEquity_IsEmptyNotRuined()
    {
        var sut = new PreTradeRisk(new RiskConfig { MaxDrawdown = null, MaxDailyLoss = null }, new SimulatedClock(Start));

        Assert.False(sut.OnEquity(Start, 0m));
        Assert.False(sut.KillSwitchTripped);
    }

    [Fact]
    public void OnEquity_DailyLossCountsFromTheDaysFirstEquity()
    {
        var sut = new PreTradeRisk(new RiskConfig { MaxDailyLoss = 1_000m, MaxDrawdown = null }, new SimulatedClock(Start));
        var nextDay = Start + TimeSpan.FromDays(1);

        sut.OnEquity(Start, 100_000m);
        Assert.False(sut.OnEquity(Start + TimeSpan.FromHours(1), 99_500m));
        Assert.False(sut.OnEquity(nextDay, 99_200m));   // new day starts at 99200
        Assert.True(sut.OnEquity(nextDay + TimeSpan.FromHours(1), 98_100m)); // 1100 lost today
    }

    [Theory]
    [InlineData(2.5, 20_000.0, 2.5, true)]
    [InlineData(2.6, 20_000.0, -2.6, false)]
    [InlineData(1.0, 20_000.0, 10.1, false)]
    public void Check_QuantityPriceAndPosition_DecidesAsTheNotionalsWould(double quantity, double price, double positionAfter, bool allowed)
    {
        var config = new RiskConfig { MaxOrderNotional = 50_000m, MaxPositionNotional = 200_000m, MaxOrdersPerMinute = null };
        var (q, p, after) = ((decimal)quantity, (decimal)price, (decimal)positionAfter);
        var byNotionals = new PreTradeRisk(config, new SimulatedClock(Start)).Check(q * p, Math.Abs(after * p));

        var sut = new PreTradeRisk(config, new SimulatedClock(Start)).Check(q, p, after);

        Assert.Equal(byNotionals, sut);
        Assert.Equal(allowed, sut.Allowed);
    }
}
