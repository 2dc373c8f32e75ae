using Sextant.Backtest.Reports;
using Sextant.Core.Time;

namespace Sextant.Backtest.Tests.Reports;

public sealed class ReportFormatTests
{
    [Theory]
    [InlineData("10.002000000000000000000000000", "10.002")]
    [InlineData("5.000", "5")]
    [InlineData("-48.461032013198089944098551", "-48.461032013198089944098551")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Exact_Decimal_DropsOnlyTrailingZeros(string value, string expected) =>
        Assert.Equal(expected, CsvReports.Exact(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Iso_WholeSecond_HasNoFraction() =>
        Assert.Equal("2023-03-17T02:17:00Z", CsvReports.Iso(UnixNanos.FromUnixSeconds(1_679_019_420)));

    [Fact]
    public void Iso_FractionOfASecond_KeepsTheNanoseconds() =>
        Assert.Equal("2023-03-17T02:17:00.000000500Z", CsvReports.Iso(new UnixNanos((1_679_019_420L * 1_000_000_000) + 500)));

    [Theory]
    [InlineData(4_004.6, 5_000)] // the equity chart of the default backtest: 79,977 to 100,000 in about five steps
    [InlineData(1_000, 1_000)]
    [InlineData(1_500, 2_000)]
    [InlineData(3.9, 5)]
    [InlineData(0.013, 0.02)]
    [InlineData(0, 1)]
    public void NiceStep_Rough_RoundsUpToOneTwoOrFiveTimesAPowerOfTen(double rough, double expected) =>
        Assert.Equal(expected, SvgChart.NiceStep(rough), 12);
}
