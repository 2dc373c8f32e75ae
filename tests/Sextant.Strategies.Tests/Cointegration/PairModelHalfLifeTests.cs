using Sextant.Research.MeanReversion;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Tests.Support;

namespace Sextant.Strategies.Tests.Cointegration;

public sealed class PairModelHalfLifeTests
{
    [Fact]
    public void HalfLife_ByHand_IsMinusLnTwoOverTheSlope()
    {
        // β = 0 fixed, y = 0, 1, 0, 2 (x = 0): α = mean = 0.75, s = −0.75, 0.25, −0.75, 1.25.
        // Levels s₀..s₂ = −0.75, 0.25, −0.75 (mean −5/12); changes 1, −1, 2 (mean 2/3).
        // Σ(l − l̄)(d − d̄) = (−1/3)(1/3) + (2/3)(−5/3) + (−1/3)(4/3) = −15/9; Σ(l − l̄)² = 1/9 + 4/9 + 1/9 = 6/9 → b = −2.5.
        var model = new RollingPairRegression(4, 0.0);
        foreach (var y in new[] { 0.0, 1.0, 0.0, 2.0 })
        {
            model.Add(0, y);
        }

        Assert.Equal(-Math.Log(2) / -2.5, model.HalfLife(), 12);
    }

    [Theory]
    [InlineData("rolling")]
    [InlineData("kalman")]
    public void HalfLife_RealMinutes_EqualsTheEstimateOfTheCopiedWindow(string kind)
    {
        // Every ring position (the window wraps at each of them), filling included: the one-pass ring sums agree with the
        // two-pass estimate over the window copied out, for the model's current α and β.
        var btc = TestFrames.Real("BTCUSDT").Close.ToArray();
        var eth = TestFrames.Real("ETHUSDT").Close.ToArray();
        const int window = 240;
        PairModel model = kind == "rolling" ? new RollingPairRegression(window, double.NaN) : new KalmanPairFilter(window, 1e-4, 1e-3);
        var xs = new double[window];
        var ys = new double[window];
        var spread = new double[window];
        for (var t = 0; t < 1500; t++)
        {
            model.Add(Math.Log(eth[t]), Math.Log(btc[t]));
            if (model.Count < 3 || double.IsNaN(model.Beta))
            {
                // Too few points, or no fit yet (rolling OLS before its window is full): no half-life either.
                Assert.True(double.IsNaN(model.HalfLife()));
                continue;
            }

            model.CopyWindow(xs, ys);
            for (var i = 0; i < model.Count; i++)
            {
                spread[i] = ys[i] - model.Alpha - (model.Beta * xs[i]);
            }

            var expected = HalfLife.Estimate(spread.AsSpan(0, model.Count));
            var actual = model.HalfLife();
            Assert.True(expected == actual || Math.Abs(actual - expected) <= 1e-6 * Math.Abs(expected), $"{kind} at {t}: {actual} vs {expected}");
        }
    }
}
