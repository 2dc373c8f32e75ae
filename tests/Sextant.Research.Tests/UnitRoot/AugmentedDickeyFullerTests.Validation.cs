using Sextant.Research.UnitRoot;

namespace Sextant.Research.Tests.UnitRoot;

/// <summary>Caller mistakes: each throws a standard exception that says what and which.</summary>
public sealed partial class AugmentedDickeyFullerTests
{
    [Fact]
    public void Test_ConstantSeries_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => AugmentedDickeyFuller.Test(Enumerable.Repeat(3.0, 50).ToArray()));

        Assert.Contains("non-constant", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_MaxLagAboveStatsmodelsLimit_Throws()
    {
        // statsmodels: maxlag must be at most nobs // 2 - ntrend - 1 = 50 // 2 - 1 - 1 = 23.
        var series = Enumerable.Range(0, 50).Select(i => Math.Sin(i) + i * 0.1).ToArray();

        Assert.Throws<ArgumentOutOfRangeException>(() => AugmentedDickeyFuller.Test(series, TrendTerm.Constant, LagSelection.Fixed, maxLag: 24));
    }

    [Fact]
    public void Test_NonFiniteValue_ThrowsNamingIndex()
    {
        var series = Enumerable.Range(0, 50).Select(i => (double)i * i).ToArray();
        series[7] = double.NaN;

        var ex = Assert.Throws<ArgumentException>(() => AugmentedDickeyFuller.Test(series));

        Assert.Contains("element 7", ex.Message, StringComparison.Ordinal);
    }
}
