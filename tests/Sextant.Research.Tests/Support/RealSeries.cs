namespace Sextant.Research.Tests.Support;

/// <summary>
/// The real series the golden numbers were computed on, prepared exactly as in
/// References/statsmodels_references.py (same files, same transforms, same row selection).
/// </summary>
internal static class RealSeries
{
    private const string Eu = "EuStockMarkets_1d.csv";

    /// <summary>First GOOG/GOOGL common bar after GOOGL's 2014 split (2014-04-03 04:00Z); the Lean bars are unadjusted.</summary>
    private const long FirstPostSplitBar = 1396497600000;

    public static double[] LogDax => Fixture.Log(Fixture.Column(Eu, "DAX"));

    public static double[] LogSmi => Fixture.Log(Fixture.Column(Eu, "SMI"));

    public static double[] LogCac => Fixture.Log(Fixture.Column(Eu, "CAC"));

    public static double[] LogFtse => Fixture.Log(Fixture.Column(Eu, "FTSE"));

    public static double[] LogGold => Fixture.Log(Fixture.Column("AER_GoldSilver_1d.csv", "gold"));

    public static double[] LogSilver => Fixture.Log(Fixture.Column("AER_GoldSilver_1d.csv", "silver"));

    public static double[] PepperBlack => Fixture.Column("AER_PepperPrice_monthly.csv", "black");

    public static double[] PepperWhite => Fixture.Column("AER_PepperPrice_monthly.csv", "white");

    public static double[] Tcm(string column) => Fixture.Column("tseries_tcm_monthly.csv", column);

    public static double[] BtcClose => Fixture.Column("binance_BTCUSDT_1m_first5000.csv.gz", "close");

    public static double[] EthClose => Fixture.Column("binance_ETHUSDT_1m_first5000.csv.gz", "close");

    /// <summary>GOOG (class C) and GOOGL (class A) daily closes on their common dates from 2014-04-03.</summary>
    public static (double[] Goog, double[] Googl) GoogPair()
    {
        var a = Closes("lean_GOOGL_1d.csv");
        var goog = new List<double>();
        var googl = new List<double>();
        foreach (var (time, close) in Closes("lean_GOOG_1d.csv"))
        {
            if (time >= FirstPostSplitBar && a.TryGetValue(time, out var other))
            {
                goog.Add(close);
                googl.Add(other);
            }
        }

        return (goog.ToArray(), googl.ToArray());
    }

    public static double[,] Matrix(params double[][] columns)
    {
        var m = new double[columns[0].Length, columns.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            for (var i = 0; i < columns[j].Length; i++)
            {
                m[i, j] = columns[j][i];
            }
        }

        return m;
    }

    public static double[,] Denmark() => Matrix(
        Fixture.Column("urca_denmark_quarterly.csv", "LRM"),
        Fixture.Column("urca_denmark_quarterly.csv", "LRY"),
        Fixture.Column("urca_denmark_quarterly.csv", "IBO"),
        Fixture.Column("urca_denmark_quarterly.csv", "IDE"));

    private static Dictionary<long, double> Closes(string file)
    {
        var times = Fixture.Column(file, "timestamp_utc_ms");
        var closes = Fixture.Column(file, "close");
        var result = new Dictionary<long, double>();
        for (var i = 0; i < times.Length; i++)
        {
            result[(long)times[i]] = closes[i];
        }

        return result;
    }
}
