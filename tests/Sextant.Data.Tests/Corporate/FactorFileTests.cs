using Sextant.Core.Instruments;
using Sextant.Data.Corporate;
using Sextant.Data.Sources;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Corporate;

public sealed class FactorFileTests
{
    private static readonly Symbol Aapl = new("AAPL");

    [Fact]
    public void Parse_BundledAaplFile_ReadsEveryRowVerbatim()
    {
        var sut = FactorFile.Parse(Aapl, File.ReadAllText(RealData.File("lean_factor_files/aapl.csv")), "aapl.csv");

        Assert.Equal(41, sut.Rows.Count);
        Assert.Equal(new FactorRow(new DateOnly(2014, 6, 6), 0.9011818m, 0.03571430m, 645.57m), sut.Rows[11]);
        Assert.Equal(new FactorRow(new DateOnly(2050, 12, 31), 1m, 1m, 0m), sut.Rows[^1]);
    }

    [Fact]
    public void RowFor_DatesAroundTheSplit_TakesTheFirstRowOnOrAfter()
    {
        var sut = FactorFile.Parse(Aapl, File.ReadAllText(RealData.File("lean_factor_files/aapl.csv")), "aapl.csv");

        Assert.Equal(0.0357143m, sut.RowFor(new DateOnly(2014, 6, 6))!.Value.SplitFactor);
        Assert.Equal(0.25m, sut.RowFor(new DateOnly(2014, 6, 9))!.Value.SplitFactor);
        Assert.Null(sut.RowFor(new DateOnly(2051, 1, 3)));
    }

    [Fact]
    public void Parse_LeanSkipsInfAndExponentRows_SoDoWe()
    {
        // Lean's CorporateFactorRow.Parse drops these (precision lost), e.g. its NEWL file "19980102,0.8116779,1e+07".
        var sut = FactorFile.Parse(Aapl, "19980102,0.8116779,1e+07\n20050101,0.9,inf\n20501231,1,1,0", "x.csv");

        Assert.Single(sut.Rows);
    }

    [Theory]
    [InlineData("20140606,0.9,0.25,1\n2014-06-07,1,1,0", "line 2")]
    [InlineData("20140606,0.9,-0.25,1", "line 1")]
    [InlineData("20140606,0.9,0.25,1\n20140601,1,1,0", "line 2 (2014-06-01) does not follow 2014-06-06")]
    [InlineData("20140606,0.9,0.25,abc", "line 1")]
    public void Parse_MalformedRow_NamesFileAndLine(string text, string expected)
    {
        var ex = Assert.Throws<DataException>(() => FactorFile.Parse(Aapl, text, "store/lean_factor_files/aapl.csv"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal("store/lean_factor_files/aapl.csv", ex.Path);
    }

    [Fact]
    public void Parse_MapFile_ReadsTickersInUse()
    {
        var sut = MapFile.Parse(new Symbol("WM"), File.ReadAllText(RealData.File("lean_map_files/wm.csv")), "wm.csv");

        Assert.Equal(["UW", "UW", "WMI", "WM"], sut.Rows.Select(r => r.Ticker).ToList());
        Assert.Equal("N", sut.Rows[0].Exchange);
    }
}
