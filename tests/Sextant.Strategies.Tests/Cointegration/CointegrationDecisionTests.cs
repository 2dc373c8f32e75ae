using Sextant.Core.Instruments;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Tests.Support;

namespace Sextant.Strategies.Tests.Cointegration;

/// <summary>Rule 3 of the default semantics at the exact thresholds (entry 2, exit 0.5, stop 3, 5 bars).</summary>
public sealed class CointegrationDecisionTests
{
    private readonly CointegrationStrategy _strategy = TestStrategies.Create(TestStrategies.Config() with { StopZ = 3.0, MaxHoldingBars = 5 });

    private static PairState Pair(PairPosition position = PairPosition.Flat) =>
        new(new Symbol("YYY"), new Symbol("XXX"), new RollingPairRegression(10, double.NaN)) { Position = position };

    [Theory]
    [InlineData(2.0, CointegrationStrategy.EntryShort, PairPosition.ShortSpread)]
    [InlineData(1.9999999, null, PairPosition.Flat)]
    [InlineData(-2.0, CointegrationStrategy.EntryLong, PairPosition.LongSpread)]
    [InlineData(-1.9999999, null, PairPosition.Flat)]
    public void Decide_Flat_EntersAtTheThresholdInclusive(double z, string? reason, PairPosition after)
    {
        var pair = Pair();
        Assert.Equal(reason, _strategy.Decide(pair, z));
        Assert.Equal(after, pair.Position);
    }

    [Theory]
    [InlineData(PairPosition.LongSpread, -0.5, CointegrationStrategy.Exit)]
    [InlineData(PairPosition.LongSpread, -0.5000001, null)]
    [InlineData(PairPosition.LongSpread, 2.5, CointegrationStrategy.Exit)]
    [InlineData(PairPosition.ShortSpread, 0.5, CointegrationStrategy.Exit)]
    [InlineData(PairPosition.ShortSpread, 0.5000001, null)]
    [InlineData(PairPosition.ShortSpread, -2.5, CointegrationStrategy.Exit)]
    [InlineData(PairPosition.LongSpread, -3.0, CointegrationStrategy.Stop)]
    [InlineData(PairPosition.ShortSpread, 3.0, CointegrationStrategy.Stop)]
    [InlineData(PairPosition.ShortSpread, 2.9999, null)]
    public void Decide_Holding_ExitsOrStopsAtTheThreshold(PairPosition position, double z, string? reason)
    {
        var pair = Pair(position);
        Assert.Equal(reason, _strategy.Decide(pair, z));
        Assert.Equal(reason is null ? position : PairPosition.Flat, pair.Position);
    }

    [Fact]
    public void Decide_ExitBar_DoesNotEnterAgainOnTheSameBar()
    {
        // A long spread whose z jumps to +2.5 exits, and does not become short on that bar.
        var pair = Pair(PairPosition.LongSpread);
        Assert.Equal(CointegrationStrategy.Exit, _strategy.Decide(pair, 2.5));
        Assert.Equal(PairPosition.Flat, pair.Position);
        Assert.Equal(CointegrationStrategy.EntryShort, _strategy.Decide(pair, 2.5));
    }

    [Fact]
    public void Decide_MaxHoldingBars_TimesOutOnTheFifthBarAfterEntry()
    {
        var pair = Pair();
        Assert.Equal(CointegrationStrategy.EntryLong, _strategy.Decide(pair, -2.2));
        for (var bar = 1; bar < 5; bar++)
        {
            Assert.Null(_strategy.Decide(pair, -2.2));
        }

        Assert.Equal(CointegrationStrategy.Timeout, _strategy.Decide(pair, -2.2));
    }

    [Fact]
    public void Decide_AfterAStop_WaitsUntilZIsBackInsideEntry()
    {
        var pair = Pair(PairPosition.LongSpread);
        Assert.Equal(CointegrationStrategy.Stop, _strategy.Decide(pair, -3.5));
        Assert.Null(_strategy.Decide(pair, -3.5));
        Assert.Null(_strategy.Decide(pair, -2.1));
        Assert.Null(_strategy.Decide(pair, -1.0));
        Assert.Equal(CointegrationStrategy.EntryLong, _strategy.Decide(pair, -2.1));
    }
}
