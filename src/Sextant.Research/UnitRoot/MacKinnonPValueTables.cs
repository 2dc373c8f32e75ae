namespace Sextant.Research.UnitRoot;

/// <summary>
/// MacKinnon (1994) response-surface coefficients for approximate asymptotic p-values of τ statistics, transcribed
/// from statsmodels 0.13.5 <c>statsmodels/tsa/adfvalues.py</c> (<c>_tau_maxs</c>, <c>_tau_mins</c>, <c>_tau_stars</c>,
/// <c>_tau_smallps</c>, <c>_tau_largeps</c>). First index: trend ("n", "c", "ct", "ctt"); second: N − 1, N = 1…6.
/// The small-p and large-p coefficients are written as in the source and multiplied by the same scaling vectors at
/// start-up, so every coefficient is the same double as statsmodels'.
/// </summary>
internal static class MacKinnonPValueTables
{
    // tau_max_nc, tau_max_c, tau_max_ct, tau_max_ctt
    private static readonly double[][] TauMax =
    [
        [double.PositiveInfinity, 1.51, 0.86, 0.88, 1.05, 1.24],
        [2.74, 0.92, 0.55, 0.61, 0.79, 1],
        [0.7, 0.63, 0.71, 0.93, 1.19, 1.42],
        [0.54, 0.79, 1.08, 1.43, 3.49, 1.92],
    ];

    // tau_min_nc, tau_min_c, tau_min_ct, tau_min_ctt
    private static readonly double[][] TauMin =
    [
        [-19.04, -19.62, -21.21, -23.25, -21.63, -25.74],
        [-18.83, -18.86, -23.48, -28.07, -25.96, -23.27],
        [-16.18, -21.15, -25.37, -26.63, -26.53, -26.18],
        [-17.17, -21.1, -24.33, -24.03, -24.33, -28.22],
    ];

    // tau_star_nc, tau_star_c, tau_star_ct, tau_star_ctt
    private static readonly double[][] TauStar =
    [
        [-1.04, -1.53, -2.68, -3.09, -3.07, -3.77],
        [-1.61, -2.62, -3.13, -3.47, -3.78, -3.93],
        [-2.89, -3.19, -3.50, -3.65, -3.80, -4.36],
        [-3.21, -3.51, -3.81, -3.83, -4.12, -4.63],
    ];

    // tau_nc_smallp, tau_c_smallp, tau_ct_smallp, tau_ctt_smallp, as written (before the scaling)
    private static readonly double[][][] SmallPRaw =
    [
        [
            [0.6344, 1.2378, 3.2496],
            [1.9129, 1.3857, 3.5322],
            [2.7648, 1.4502, 3.4186],
            [3.4336, 1.4835, 3.19],
            [4.0999, 1.5533, 3.59],
            [4.5388, 1.5344, 2.9807],
        ],
        [
            [2.1659, 1.4412, 3.8269],
            [2.92, 1.5012, 3.9796],
            [3.4699, 1.4856, 3.164],
            [3.9673, 1.4777, 2.6315],
            [4.5509, 1.5338, 2.9545],
            [5.1399, 1.6036, 3.4445],
        ],
        [
            [3.2512, 1.6047, 4.9588],
            [3.6646, 1.5419, 3.6448],
            [4.0983, 1.5173, 2.9898],
            [4.5844, 1.5338, 2.8796],
            [5.0722, 1.5634, 2.9472],
            [5.53, 1.5914, 3.0392],
        ],
        [
            [4.0003, 1.658, 4.8288],
            [4.3534, 1.6016, 3.7947],
            [4.7343, 1.5768, 3.2396],
            [5.214, 1.6077, 3.3449],
            [5.6481, 1.6274, 3.3455],
            [5.9296, 1.5929, 2.8223],
        ],
    ];

    // tau_nc_largep, tau_c_largep, tau_ct_largep, tau_ctt_largep, as written (before the scaling)
    private static readonly double[][][] LargePRaw =
    [
        [
            [0.4797, 9.3557, -0.6999, 3.3066],
            [1.5578, 8.558, -2.083, -3.3549],
            [2.2268, 6.8093, -3.2362, -5.4448],
            [2.7654, 6.4502, -3.0811, -4.4946],
            [3.2684, 6.8051, -2.6778, -3.4972],
            [3.7268, 7.167, -2.3648, -2.8288],
        ],
        [
            [1.7339, 9.3202, -1.2745, -1.0368],
            [2.1945, 6.4695, -2.9198, -4.2377],
            [2.5893, 4.5168, -3.6529, -5.0074],
            [3.0387, 4.5452, -3.3666, -4.1921],
            [3.5049, 5.2098, -2.9158, -3.3468],
            [3.9489, 5.8933, -2.5359, -2.721],
        ],
        [
            [2.5261, 6.1654, -3.7956, -6.0285],
            [2.85, 5.272, -3.6622, -5.1695],
            [3.221, 5.255, -3.2685, -4.1501],
            [3.652, 5.9758, -2.7483, -3.2081],
            [4.0712, 6.6428, -2.3464, -2.546],
            [4.4735, 7.1757, -2.0681, -2.1196],
        ],
        [
            [3.0778, 4.9529, -4.1477, -5.9359],
            [3.4713, 5.967, -3.2507, -4.2286],
            [3.8637, 6.7852, -2.6286, -3.1381],
            [4.2736, 7.6199, -2.1534, -2.4026],
            [4.6679, 8.2618, -1.822, -1.9147],
            [5.0009, 8.3735, -1.6994, -1.6928],
        ],
    ];

    private static readonly double[] SmallScaling = [1, 1, 1e-2];
    private static readonly double[] LargeScaling = [1, 1e-1, 1e-1, 1e-2];

    /// <summary>Above this statistic the p-value is 1.</summary>
    public static double Max(int trend, int n) => TauMax[trend][n - 1];

    /// <summary>Below this statistic the p-value is 0.</summary>
    public static double Min(int trend, int n) => TauMin[trend][n - 1];

    /// <summary>Statistics at or below this use the small-p polynomial, above it the large-p one.</summary>
    public static double Star(int trend, int n) => TauStar[trend][n - 1];

    /// <summary>Small-p polynomial coefficients, lowest power first.</summary>
    public static readonly double[][][] SmallP = Scale(SmallPRaw, SmallScaling);

    /// <summary>Large-p polynomial coefficients, lowest power first.</summary>
    public static readonly double[][][] LargeP = Scale(LargePRaw, LargeScaling);

    private static double[][][] Scale(double[][][] raw, double[] scaling) =>
        raw.Select(trend => trend.Select(row => row.Select((c, i) => c * scaling[i]).ToArray()).ToArray()).ToArray();
}
