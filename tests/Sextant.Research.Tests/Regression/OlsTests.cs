using Sextant.Research.Regression;
using Sextant.Research.Tests.Support;

namespace Sextant.Research.Tests.Regression;

/// <summary>Golden numbers: statsmodels 0.13.5 <c>OLS(...).fit()</c> on EuStockMarkets_1d.csv in logs (References/statsmodels_references.py).</summary>
public sealed class OlsTests
{
    private static double[,] SmiCacFtse() => RealSeries.Matrix(RealSeries.LogSmi, RealSeries.LogCac, RealSeries.LogFtse);

    [Fact]
    public void Fit_WithIntercept_MatchesStatsmodels()
    {
        var sut = Ols.Fit(RealSeries.LogDax, SmiCacFtse());

        // OLS(np.log(DAX), add_constant(np.column_stack([np.log(SMI), np.log(CAC), np.log(FTSE)]))).fit()
        AllClose([-1.4669506708033684, 0.47951770445195874, 0.45905751174693976, 0.22792878801263838], sut.Coefficients);
        AllClose([0.14270378431683045, 0.02271371465969603, 0.012361448789389785, 0.037798551757007255], sut.StandardErrors);
        AllClose([-10.279690043443063, 21.11137309049809, 37.136222425721094, 6.030093149544651], sut.TStatistics);
        Golden.Relative(0.9801757079578083, sut.RSquared, what: "rsquared");
        Golden.Relative(4.862034777139941, sut.Ssr, what: "ssr");
        Golden.Relative(2891.3678345721905, sut.LogLikelihood, what: "llf");
        Golden.Relative(-5774.735669144381, sut.Aic, what: "aic");
        Golden.Relative(-5752.622342077552, sut.Bic, what: "bic");
        Golden.Relative(0.08988027452960523, sut.Residuals[0], what: "resid[0]");
        Golden.Relative(0.016913840085889476, sut.Residuals[^1], what: "resid[-1]");
        Assert.Equal(1856, sut.DegreesOfFreedom);
    }

    [Fact]
    public void Fit_WithoutIntercept_UsesUncentredRSquaredLikeStatsmodels()
    {
        var sut = Ols.Fit(RealSeries.LogDax, SmiCacFtse(), addIntercept: false);

        // OLS(np.log(DAX), np.column_stack([np.log(SMI), np.log(CAC), np.log(FTSE)])).fit()
        AllClose([0.7028910004634804, 0.4156358480265756, -0.13121864384232976], sut.Coefficients);
        AllClose([0.006797335536213254, 0.011940284129986297, 0.014826531650486047], sut.StandardErrors);
        AllClose([103.40684180128848, 34.809544186872934, -8.850258909879852], sut.TStatistics);
        Golden.Relative(0.9999542562578092, sut.RSquared, what: "rsquared");
        Golden.Relative(-5673.740865372164, sut.Aic, what: "aic");
        Golden.Relative(0.0019846026076884016, sut.Residuals[^1], 1e-8, "resid[-1]");
    }

    [Fact]
    public void Fit_ExactLine_RecoversCoefficientsWithZeroResiduals()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        var y = x.Select(v => 3 - 0.5 * v).ToArray();

        var sut = Ols.Fit(y, x);

        Assert.Equal(3, sut.Coefficients[0], 12);
        Assert.Equal(-0.5, sut.Coefficients[1], 12);
        Assert.All(sut.Residuals, e => Assert.Equal(0, e, 12));
    }

    [Fact]
    public void Fit_CollinearRegressors_Throws()
    {
        double[] a = [1, 2, 3, 4, 5, 7];
        var x = RealSeries.Matrix(a, a.Select(v => 2 * v).ToArray());

        var ex = Assert.Throws<ArgumentException>(() => Ols.Fit([1.0, 3, 2, 5, 4, 6], x));

        Assert.Contains("singular", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_MismatchedRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => Ols.Fit([1.0, 2, 3], new double[4, 1]));
    }

    private static void AllClose(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Golden.Relative(expected[i], actual[i], what: $"[{i}]");
        }
    }
}
