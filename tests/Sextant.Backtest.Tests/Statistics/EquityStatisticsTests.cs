using Sextant.Backtest.Statistics;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Backtest.Tests.Statistics;

public sealed class EquityStatisticsTests
{
    private static UnixNanos Day(int d) => UnixNanos.FromUnixSeconds(1_600_000_000L + (d * 86_400L));

    [Fact]
    public void Compute_HandWorkedCurve_MatchesFormulas()
    {
        // equity 100 → 110 → 99 → 108.9: r = +0.1, −0.1, +0.1
        // mean 0.0333…, std(ddof 1) = 0.11547…, Sharpe (1 bar/year) = 0.288675…
        // downside deviation √(0.01 / 3) = 0.057735… → Sortino 0.57735…
        // peak 110 then 99: max drawdown 1 − 99/110 = 0.1, below the peak for 2 bars (days 2 and 3)
        double[] equity = [100, 110, 99, 108.9];
        UnixNanos[] times = [Day(0), Day(1), Day(2), Day(3)];

        var sut = EquityStatistics.Compute(equity, times, capital: 100, barsPerYear: 1);

        Assert.Equal(0.089, sut.TotalReturn, 12);
        Assert.Equal(0.28867513459481337, sut.Sharpe, 12);
        Assert.Equal(0.5773502691896271, sut.Sortino, 12);
        Assert.Equal(0.11547005383792519, sut.AnnualVolatility, 12);
        Assert.Equal(0.1, sut.MaxDrawdown, 12);
        Assert.Equal(2, sut.MaxDrawdownBars);
        Assert.Equal(TimeSpan.FromDays(2), sut.MaxDrawdownDuration);
        Assert.Equal(Math.Pow(1.089, 365.25 / 3) - 1, sut.Cagr, 6);
        Assert.Equal(sut.Cagr / 0.1, sut.Calmar, 6);
    }

    [Fact]
    public void Compute_RuinedCurve_CountsNoReturnAfterABarAtOrBelowZero()
    {
        // equity 100 → 50 → −10 → −5 → 20: r = −0.5, −1.2; the returns out of −10 and −5 are undefined and skipped
        // mean −0.85, std(ddof 1) = √((0.35² + 0.35²) / 1) = 0.494974…, Sharpe (1 bar/year) = −0.85 / 0.494974… = −1.717259…
        // downside deviation √((0.25 + 1.44) / 2) = 0.919238… → Sortino −0.924678…
        // total return 20/100 − 1 = −0.8; max drawdown 1 − (−10/100) = 1.1 (more than everything: the account owed money)
        double[] equity = [100, 50, -10, -5, 20];
        UnixNanos[] times = [Day(0), Day(1), Day(2), Day(3), Day(4)];

        var sut = EquityStatistics.Compute(equity, times, capital: 100, barsPerYear: 1);

        Assert.Equal(-0.85 / Math.Sqrt(0.245), sut.Sharpe, 12);
        Assert.Equal(-1.717259325738758, sut.Sharpe, 10);
        Assert.Equal(-0.85 / Math.Sqrt(0.845), sut.Sortino, 12);
        Assert.Equal(-0.8, sut.TotalReturn, 12);
        Assert.Equal(1.1, sut.MaxDrawdown, 12);
    }

    [Fact]
    public void Compute_FinalEquityAtOrBelowZero_HasCagrOfMinusOne()
    {
        double[] equity = [100, 50, -10];
        UnixNanos[] times = [Day(0), Day(1), Day(2)];

        var sut = EquityStatistics.Compute(equity, times, capital: 100, barsPerYear: 1);

        Assert.Equal(-1, sut.Cagr);
    }

    [Fact]
    public void Compute_Annualises_BySquareRootOfBarsPerYear()
    {
        double[] equity = [100, 110, 99, 108.9];
        UnixNanos[] times = [Day(0), Day(1), Day(2), Day(3)];

        var sut = EquityStatistics.Compute(equity, times, 100, barsPerYear: 252);

        Assert.Equal(0.28867513459481337 * Math.Sqrt(252), sut.Sharpe, 10);
    }

    [Fact]
    public void Compute_FlatCurve_HasNoDrawdownAndUndefinedSharpe()
    {
        double[] equity = [100, 100, 100];
        UnixNanos[] times = [Day(0), Day(1), Day(2)];

        var sut = EquityStatistics.Compute(equity, times, 100, 252);

        Assert.Equal(0, sut.MaxDrawdown);
        Assert.True(double.IsNaN(sut.Sharpe));
        Assert.Equal(0, sut.TotalReturn);
    }

    [Fact]
    public void Compute_NeverRecovers_DrawdownLastsToTheEnd()
    {
        double[] equity = [100, 120, 90, 95, 100];
        UnixNanos[] times = [Day(0), Day(1), Day(2), Day(3), Day(4)];

        var sut = EquityStatistics.Compute(equity, times, 100, 252);

        Assert.Equal(0.25, sut.MaxDrawdown, 12); // 1 − 90/120
        Assert.Equal(3, sut.MaxDrawdownBars);
    }

    [Theory]
    [InlineData("1m", AssetClass.Crypto, 525_600)]
    [InlineData("1h", AssetClass.Crypto, 8_760)]
    [InlineData("1d", AssetClass.Crypto, 365)]
    [InlineData("1d", AssetClass.Equity, 252)]
    [InlineData("1m", AssetClass.Equity, 98_280)]
    [InlineData("1h", AssetClass.Equity, 1_764)]
    public void BarsPerYear_ByIntervalAndAssetClass(string interval, AssetClass assetClass, double expected) =>
        Assert.Equal(expected, BarsPerYear.For(BarInterval.Parse(interval), assetClass), 9);

    [Theory]
    [InlineData(1, 5)] // shorter than a vector: the scalar path only
    [InlineData(2, 1_001)]
    [InlineData(3, 20_000)]
    [InlineData(4, 20_003)]
    public void Compute_LongCurves_MatchDividingAtEveryPoint(int seed, int length)
    {
        // Random walks with ruined stretches (at, below and back above zero), flat runs and new peaks; the vectorised
        // return sums and the drawdown that divides only where it can deepen must give what the plain definition gives.
        var random = new Random(seed);
        var equity = new double[length];
        var level = 100.0;
        for (var t = 0; t < length; t++)
        {
            level = random.Next(50) switch
            {
                0 => -level * random.NextDouble(), // ruin
                1 => 0,
                2 => level, // flat
                _ => level + ((random.NextDouble() - 0.49) * 3),
            };
            equity[t] = level;
        }

        var times = Enumerable.Range(0, length).Select(d => Day(d)).ToArray();

        var sut = EquityStatistics.Compute(equity, times, capital: 100, barsPerYear: 365);
        var expected = Reference(equity);

        Assert.Equal(expected.MaxDrawdown, sut.MaxDrawdown);
        Assert.Equal(expected.Longest, sut.MaxDrawdownBars);
        Assert.Equal(expected.Sharpe, sut.Sharpe, 1e-9);
        Assert.Equal(expected.Sortino, sut.Sortino, 1e-9);
        Assert.Equal(expected.Volatility, sut.AnnualVolatility, 1e-9);
    }

    // The definitions, one division per point, in one order of summation.
    private static (double MaxDrawdown, int Longest, double Sharpe, double Sortino, double Volatility) Reference(double[] equity)
    {
        double sum = 0, downside = 0, peak = equity[0], maxDrawdown = 0;
        int count = 0, peakIndex = 0, longest = 0;
        var returns = new List<double>();
        for (var t = 0; t < equity.Length; t++)
        {
            if (t > 0 && equity[t - 1] > 0)
            {
                var r = (equity[t] / equity[t - 1]) - 1;
                returns.Add(r);
                sum += r;
                count++;
                downside += r < 0 ? r * r : 0;
            }

            if (equity[t] >= peak)
            {
                (peak, peakIndex) = (equity[t], t);
            }
            else
            {
                maxDrawdown = Math.Max(maxDrawdown, 1 - (equity[t] / peak));
                longest = Math.Max(longest, t - peakIndex);
            }
        }

        var mean = sum / count;
        var std = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (count - 1));
        var annual = Math.Sqrt(365);
        return (maxDrawdown, longest, mean / std * annual, mean / Math.Sqrt(downside / count) * annual, std * annual);
    }
}
