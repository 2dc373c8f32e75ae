namespace Sextant.Research.Tests.Support;

/// <summary>Comparisons against reference numbers, with the deviation in the failure message.</summary>
internal static class Golden
{
    /// <summary>Test statistics: relative tolerance 1e-9 (the issue asks for 1e-6).</summary>
    public const double StatisticRelative = 1e-9;

    /// <summary>p-values: absolute tolerance 1e-10 (the issue asks for 1e-4).</summary>
    public const double PValueAbsolute = 1e-10;

    public static void Relative(double expected, double actual, double tolerance = StatisticRelative, string what = "value")
    {
        var deviation = expected == actual ? 0 : Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(deviation <= tolerance, $"{what}: expected {expected:R}, was {actual:R}, relative deviation {deviation:E2} > {tolerance:E0}");
    }

    public static void Absolute(double expected, double actual, double tolerance = PValueAbsolute, string what = "value")
    {
        var deviation = expected == actual ? 0 : Math.Abs(actual - expected);
        Assert.True(deviation <= tolerance, $"{what}: expected {expected:R}, was {actual:R}, absolute deviation {deviation:E2} > {tolerance:E0}");
    }

    public static void Critical(double[] expected, CriticalValues actual, double tolerance = 1e-12)
    {
        Relative(expected[0], actual.OnePercent, tolerance, "1% critical value");
        Relative(expected[1], actual.FivePercent, tolerance, "5% critical value");
        Relative(expected[2], actual.TenPercent, tolerance, "10% critical value");
    }
}
