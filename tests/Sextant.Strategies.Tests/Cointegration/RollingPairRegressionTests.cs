using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Tests.Support;

namespace Sextant.Strategies.Tests.Cointegration;

public sealed class RollingPairRegressionTests
{
    [Fact]
    public void Add_ThreePointsByHand_GivesTheWorkedFit()
    {
        // x = 1, 2, 3; y = 2, 4, 7. x̄ = 2, ȳ = 13/3, Sxx = 2, Sxy = 5 → β = 2.5, α = 13/3 − 5 = −2/3.
        // e = 1/6, −1/3, 1/6; Σe² = 1/6; s = sqrt((1/6)/2) = 1/sqrt(12); z = (1/6)·sqrt(12) = 1/sqrt(3).
        var regression = new RollingPairRegression(3, double.NaN);
        regression.Add(1, 2);
        regression.Add(2, 4);
        Assert.False(regression.IsWarm);
        Assert.True(double.IsNaN(regression.Z));
        regression.Add(3, 7);

        Assert.Equal(2.5, regression.Beta, 12);
        Assert.Equal(-2.0 / 3.0, regression.Alpha, 12);
        Assert.Equal(1.0 / 6.0, regression.Residual, 12);
        Assert.Equal(1 / Math.Sqrt(12), regression.ResidualStd, 12);
        Assert.Equal(1 / Math.Sqrt(3), regression.Z, 12);
    }

    [Fact]
    public void Add_FixedBeta_EstimatesOnlyInterceptAndSpread()
    {
        // β = 2: d = y − 2x = 0, 0, 1 → α = 1/3; e = −1/3, −1/3, 2/3; Σe² = 2/3; s = sqrt(1/3); z = (2/3)/sqrt(1/3).
        var regression = new RollingPairRegression(3, 2.0);
        regression.Add(1, 2);
        regression.Add(2, 4);
        regression.Add(3, 7);

        Assert.Equal(2.0, regression.Beta);
        Assert.Equal(1.0 / 3.0, regression.Alpha, 12);
        Assert.Equal(2.0 / 3.0 / Math.Sqrt(1.0 / 3.0), regression.Z, 12);
    }

    [Fact]
    public void Add_RealMinutes_EqualsADirectFitOfEveryWindow()
    {
        var btc = TestFrames.Real("BTCUSDT").Close.ToArray();
        var eth = TestFrames.Real("ETHUSDT").Close.ToArray();
        const int window = 240;
        var regression = new RollingPairRegression(window, double.NaN);
        for (var t = 0; t < 3000; t++)
        {
            regression.Add(Math.Log(eth[t]), Math.Log(btc[t]));
            if (t + 1 < window)
            {
                continue;
            }

            var (alpha, beta, z) = Direct(btc.AsSpan(t + 1 - window, window), eth.AsSpan(t + 1 - window, window));
            Assert.True(Math.Abs(regression.Beta - beta) <= 1e-7 * Math.Abs(beta), $"β at {t}: {regression.Beta} vs {beta}");
            Assert.True(Math.Abs(regression.Alpha - alpha) <= 1e-7 * Math.Max(1, Math.Abs(alpha)), $"α at {t}");
            Assert.True(Math.Abs(regression.Z - z) <= 1e-6, $"z at {t}: {regression.Z} vs {z}");
        }
    }

    private static (double Alpha, double Beta, double Z) Direct(ReadOnlySpan<double> yPrices, ReadOnlySpan<double> xPrices)
    {
        var n = yPrices.Length;
        double mx = 0, my = 0;
        for (var i = 0; i < n; i++)
        {
            mx += Math.Log(xPrices[i]) / n;
            my += Math.Log(yPrices[i]) / n;
        }

        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = Math.Log(xPrices[i]) - mx;
            sxx += dx * dx;
            sxy += dx * (Math.Log(yPrices[i]) - my);
        }

        var beta = sxy / sxx;
        var alpha = my - (beta * mx);
        double ssr = 0, last = 0;
        for (var i = 0; i < n; i++)
        {
            last = Math.Log(yPrices[i]) - alpha - (beta * Math.Log(xPrices[i]));
            ssr += last * last;
        }

        return (alpha, beta, last / Math.Sqrt(ssr / (n - 1)));
    }
}
