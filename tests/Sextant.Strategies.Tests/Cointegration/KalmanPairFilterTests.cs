using Sextant.Config.Schema;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Tests.Support;

namespace Sextant.Strategies.Tests.Cointegration;

public sealed class KalmanPairFilterTests
{
    [Fact]
    public void Add_TwoUpdatesByHand_MatchTheWorkedFilter()
    {
        // δ = 0.5 → state noise δ/(1−δ) = 1; V_e = 1; θ = (β, α) = 0, P = I.
        // Bar 1 (x 1, y 2): R = 2I, RFᵀ = (2, 2), Q = 2 + 2 + 1 = 5, e = 2, K = (0.4, 0.4) → β = α = 0.8, P = [[1.2, −0.8], [−0.8, 1.2]].
        // Bar 2 (x 2, y 3): R = [[2.2, −0.8], [−0.8, 2.2]], RFᵀ = (3.6, 0.6), Q = 7.2 + 0.6 + 1 = 8.8, ŷ = 2.4, e = 0.6,
        //                   K = (3.6/8.8, 0.6/8.8) → β = 0.8 + 0.6·3.6/8.8, α = 0.8 + 0.6·0.6/8.8.
        var filter = new KalmanPairFilter(3, 0.5, 1.0);
        filter.Add(1, 2);
        Assert.Equal((2.0, Math.Sqrt(5), 0.8, 0.8), (filter.Residual, filter.ResidualStd, filter.Beta, filter.Alpha));

        filter.Add(2, 3);
        Assert.Equal(0.6, filter.Residual, 12);
        Assert.Equal(Math.Sqrt(8.8), filter.ResidualStd, 12);
        Assert.Equal(0.8 + (0.6 * 3.6 / 8.8), filter.Beta, 12);
        Assert.Equal(0.8 + (0.6 * 0.6 / 8.8), filter.Alpha, 12);
        Assert.True(double.IsNaN(filter.Z)); // two of three warm-up bars
    }

    [Fact]
    public void GenerateSignals_KalmanOnRealMinutes_EntersAndExits()
    {
        var config = TestStrategies.Config("BTCUSDT", "ETHUSDT", lookback: 240) with { HedgeRatio = new HedgeRatioSetting(HedgeRatioKind.Kalman, double.NaN) };
        var frame = BarFrame.Align([TestFrames.Real("BTCUSDT"), TestFrames.Real("ETHUSDT")]);

        var reasons = TestStrategies.Create(config).GenerateSignals(frame).Select(s => (string)s.Metadata["reason"]).ToHashSet();

        Assert.Contains("exit", reasons);
        Assert.True(reasons.Contains("entry_long") || reasons.Contains("entry_short"));
    }
}
