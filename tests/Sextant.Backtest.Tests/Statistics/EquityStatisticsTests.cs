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
}
