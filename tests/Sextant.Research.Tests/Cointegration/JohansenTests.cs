using Sextant.Research.Cointegration;
using Sextant.Research.Tests.Support;

namespace Sextant.Research.Tests.Cointegration;

/// <summary>
/// Golden numbers: statsmodels 0.13.5 <c>coint_johansen</c> (Debian 12 python3-statsmodels), printed by
/// References/statsmodels_references.py. denmark = urca_denmark_quarterly.csv (Johansen and Juselius 1990),
/// EuStockMarkets_1d.csv in logs, tcm = tseries_tcm_monthly.csv yields. Eigenvectors are compared column by column
/// up to sign (statsmodels leaves all but the first column's sign to LAPACK).
/// </summary>
public sealed class JohansenTests
{
    private static readonly double[][] CvtConstant4 = [[44.4929, 47.8545, 54.6815], [27.0669, 29.7961, 35.4628], [13.4294, 15.4943, 19.9349], [2.7055, 3.8415, 6.6349]];
    private static readonly double[][] CvmConstant4 = [[25.1236, 27.5858, 32.7172], [18.8928, 21.1314, 25.865], [12.2971, 14.2639, 18.52], [2.7055, 3.8415, 6.6349]];

    [Fact]
    public void Test_DenmarkConstantOneLag_MatchesStatsmodels()
    {
        var sut = Johansen.Test(RealSeries.Denmark(), JohansenDeterministic.Constant, 1);

        // coint_johansen(denmark[['LRM','LRY','IBO','IDE']], 0, 1)
        Expect(sut,
            eig: [0.44821425567267076, 0.174214682457443, 0.11690133941222139, 0.010436026255022234],
            lr1: [48.80373095770738, 17.290171981191076, 7.144888376823753, 0.5560157619043146],
            lr2: [31.513558976516304, 10.14528360436732, 6.588872614919439, 0.5560157619043146],
            cvt: CvtConstant4, cvm: CvmConstant4,
            evec: [[19.901559276387665, 12.147778966062655, -12.936278949392603, -10.807039338479369], [-19.41705373196927, -16.71360651449309, 29.950665815518537, 3.841057206920941], [107.63932807496458, -3.40418944166013, -18.131751300526386, -15.51971348994225], [-82.83911432776836, 107.69609161799166, 47.72497485104716, 5.390733196822367]]);
        Assert.Equal(53, sut.Nobs);
        Assert.Equal(1, sut.TraceRankAtFivePercent);
    }

    [Fact]
    public void Test_DenmarkNoDeterministicOneLag_MatchesStatsmodels()
    {
        var sut = Johansen.Test(RealSeries.Denmark(), JohansenDeterministic.None, 1);

        // coint_johansen(denmark[['LRM','LRY','IBO','IDE']], -1, 1)
        Expect(sut,
            eig: [0.2731319247969096, 0.13815923577449074, 0.10426082352148595, 0.04121084985007089],
            lr1: [32.85391214665614, 15.946367170959654, 8.066075227006952, 2.2304569055836683],
            lr2: [16.907544975696485, 7.880291943952705, 5.835618321423283, 2.2304569055836683],
            cvt: [[37.0339, 40.1749, 46.5716], [21.7781, 24.2761, 29.5147], [10.4741, 12.3212, 16.364], [2.9762, 4.1296, 6.9406]],
            cvm: [[21.837, 24.1592, 29.0609], [15.7175, 17.7961, 22.2519], [9.4748, 11.2246, 15.0923], [2.9762, 4.1296, 6.9406]],
            evec: [[3.0999196786605423, 14.899617927444938, -9.480861604280541, 0.15964339489724874], [-6.0967061898013775, -30.49938583502436, 17.98730551175369, -0.47921215425910335], [64.71173601692992, 19.183157583379195, -14.292947870767588, 21.030385859482447], [-117.88641951357094, 36.117843891090054, 68.92506609248942, -15.95723367007067]]);
    }

    [Fact]
    public void Test_DenmarkLinearTrendOneLag_MatchesStatsmodels()
    {
        var sut = Johansen.Test(RealSeries.Denmark(), JohansenDeterministic.LinearTrend, 1);

        // coint_johansen(denmark[['LRM','LRY','IBO','IDE']], 1, 1)
        Expect(sut,
            eig: [0.44039406826154925, 0.25590197185793073, 0.14981134110330865, 0.03637366382043131],
            lr1: [56.99904137910675, 26.231352255975338, 10.565480043609925, 1.9637389120517077],
            lr2: [30.767689123131415, 15.66587221236541, 8.601741131558217, 1.9637389120517077],
            cvt: [[51.6492, 55.2459, 62.5202], [32.0645, 35.0116, 41.0815], [16.1619, 18.3985, 23.1485], [2.7055, 3.8415, 6.6349]],
            cvm: [[28.2398, 30.8151, 36.193], [21.8731, 24.2522, 29.2631], [15.0006, 17.1481, 21.7465], [2.7055, 3.8415, 6.6349]],
            evec: [[20.126394741888312, 0.2921271411194168, 17.75264465895502, -10.343122949702034], [-14.57745599043407, -22.289924637423173, -38.22162601462738, 1.9321395920805495], [103.01248016478216, 39.14791293569697, 19.369567949839343, -5.960380181885009], [-61.601966624172114, -153.08898025325948, 25.484319032097783, 11.659572118806901]]);
    }

    [Fact]
    public void Test_DenmarkConstantNoLags_MatchesStatsmodels()
    {
        var sut = Johansen.Test(RealSeries.Denmark(), JohansenDeterministic.Constant, 0);

        // coint_johansen(denmark[['LRM','LRY','IBO','IDE']], 0, 0)
        Expect(sut,
            eig: [0.4011049644979362, 0.24415928772614584, 0.16151495438898714, 0.04600555132189837],
            lr1: [54.855873608880785, 27.171751437131675, 12.055821792268915, 2.5432610335100003],
            lr2: [27.68412217174911, 15.11592964486276, 9.512560758758914, 2.5432610335100003],
            cvt: CvtConstant4, cvm: CvmConstant4,
            evec: [[14.196998070098351, -5.9464237516630325, -18.20778812381781, -6.654750790113668], [-12.032222121354383, 4.207408795782561, 33.19488581200454, -2.3828688696891223], [83.29657978585651, -7.5176422398907805, -23.58027095449224, 3.9806846396969098], [-79.29116167257706, -84.09732362520853, 1.1114141239398392, -34.431622234575215]]);
    }

    [Fact]
    public void Test_EuStockMarketsLogsConstantTwoLags_MatchesStatsmodels()
    {
        var endog = RealSeries.Matrix(RealSeries.LogDax, RealSeries.LogSmi, RealSeries.LogCac, RealSeries.LogFtse);

        var sut = Johansen.Test(endog, JohansenDeterministic.Constant, 2);

        // coint_johansen(np.log(EuStockMarkets[['DAX','SMI','CAC','FTSE']]), 0, 2)
        Expect(sut,
            eig: [0.015476451842660293, 0.008587403300578271, 0.002128239681524684, 0.00012939271587025583],
            lr1: [49.17681120499342, 20.212323734849793, 4.196650436925801, 0.24029782010003278],
            lr2: [28.96448747014362, 16.015673297923993, 3.9563526168257686, 0.24029782010003278],
            cvt: CvtConstant4, cvm: CvmConstant4,
            evec: [[5.836679048850223, 16.81653662503534, 3.753331879060021, 7.5124003151429335], [14.623568519900827, -15.85183674408645, -0.4747787008273793, -0.18856635967243238], [-5.232196322598361, -6.845238266390953, -10.771881168694422, 1.0708616128101491], [-30.3043422589035, 7.4219166219357575, 5.6250513888713725, -7.978737138100853]]);
        Assert.Equal(1, sut.TraceRankAtFivePercent);
    }

    [Fact]
    public void Test_TreasuryYieldsLinearTrendThreeLags_MatchesStatsmodels()
    {
        var endog = RealSeries.Matrix(RealSeries.Tcm("tcm1y"), RealSeries.Tcm("tcm3y"), RealSeries.Tcm("tcm5y"), RealSeries.Tcm("tcm10y"));

        var sut = Johansen.Test(endog, JohansenDeterministic.LinearTrend, 3);

        // coint_johansen(tcm[['tcm1y','tcm3y','tcm5y','tcm10y']], 1, 3)
        Expect(sut,
            eig: [0.0965051528481606, 0.06277686389729595, 0.031040908714451348, 0.0039015925941356874],
            lr1: [111.77552060486852, 55.55290142057154, 19.634928441396116, 2.165709908673882],
            lr2: [56.222619184296995, 35.91797297917541, 17.469218532722238, 2.165709908673882],
            cvt: [[51.6492, 55.2459, 62.5202], [32.0645, 35.0116, 41.0815], [16.1619, 18.3985, 23.1485], [2.7055, 3.8415, 6.6349]],
            cvm: [[28.2398, 30.8151, 36.193], [21.8731, 24.2522, 29.2631], [15.0006, 17.1481, 21.7465], [2.7055, 3.8415, 6.6349]],
            evec: [[1.0339742777456042, 3.465734449990114, 2.263368221298507, 0.6502647855625304], [5.947802337286935, -10.093585099566033, -11.785419990542083, -2.0995785289121494], [-16.0687310470698, 9.380438877068048, 11.140005451929587, 0.32212222321745676], [9.139609362111399, -2.7773370773620707, -1.6674150176951983, 1.5950884765299442]]);
        Assert.Equal(3, sut.TraceRankAtFivePercent);
    }

    [Fact]
    public void Test_TooFewObservations_Throws()
    {
        var endog = RealSeries.Matrix([1, 2, 4, 3, 5, 7], [2, 1, 3, 5, 4, 6]);

        Assert.Throws<ArgumentException>(() => Johansen.Test(endog, JohansenDeterministic.Constant, 2));
    }

    // evec is statsmodels' layout: rows = series, columns = eigenvectors.
    private static void Expect(JohansenResult sut, double[] eig, double[] lr1, double[] lr2, double[][] cvt, double[][] cvm, double[][] evec)
    {
        for (var r = 0; r < eig.Length; r++)
        {
            Golden.Relative(eig[r], sut.Eigenvalues[r], what: $"eig[{r}]");
            Golden.Relative(lr1[r], sut.TraceStatistics[r], what: $"lr1[{r}]");
            Golden.Relative(lr2[r], sut.MaxEigenStatistics[r], what: $"lr2[{r}]");

            // statsmodels orders critical values 90 %, 95 %, 99 %.
            Golden.Critical([cvt[r][2], cvt[r][1], cvt[r][0]], sut.TraceCriticalValues[r], 0);
            Golden.Critical([cvm[r][2], cvm[r][1], cvm[r][0]], sut.MaxEigenCriticalValues[r], 0);

            var sign = Math.Sign(evec[0][r]) == Math.Sign(sut.Eigenvectors[r][0]) ? 1 : -1;
            Assert.True(r > 0 || sign == 1, "statsmodels normalises the first eigenvector's first element to be positive, as we do");
            // Relative to the vector's largest element, 1e-8: statsmodels takes eig of the non-symmetric S11⁻¹S10S00⁻¹S01,
            // which on denmark (-1, 1) is itself 1.5e-9 away from scipy.linalg.eigh(S10S00⁻¹S01, S11); we are 3e-11 away.
            var scale = evec.Max(row => Math.Abs(row[r]));
            for (var i = 0; i < evec.Length; i++)
            {
                Golden.Absolute(evec[i][r], sign * sut.Eigenvectors[r][i], 1e-8 * scale, $"evec[{i}, {r}]");
            }
        }
    }
}
