using Sextant.Core.Bars;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Tests.Support;

namespace Sextant.Strategies.Tests.Frames;

public sealed class BarFrameTests
{
    [Fact]
    public void Align_OneTimelineWithLogs_SharesTheSeriesLogs()
    {
        var y = TestFrames.Series("YYY", [100, 101, 102]);
        var x = TestFrames.Series("XXX", [50, 51, 52]);
        _ = y.LogCloseMemory;

        var sut = BarFrame.Align([y, x]);

        Assert.Equal(y.LogCloseMemory.ToArray(), sut.LogCloseColumn(0)!);
        Assert.Null(sut.LogCloseColumn(1)); // never computed for x: the strategy takes Math.Log per bar there
    }

    [Fact]
    public void Align_GapsWithLogs_ScattersTheLogsWithNaNWhereABarIsMissing()
    {
        var y = TestFrames.Series("YYY", [100, 101, 102, 103]);
        var x = TestFrames.Series("XXX", [50, 52, 53], [0, 2, 3]);
        _ = y.LogCloseMemory;
        _ = x.LogCloseMemory;

        var sut = BarFrame.Align([y, x]);

        Assert.Equal([Math.Log(50), double.NaN, Math.Log(52), Math.Log(53)], sut.LogCloseColumn(1)!);
        Assert.Equal(y.LogCloseMemory.ToArray(), sut.LogCloseColumn(0)!);
    }

    [Fact]
    public void Align_NoLogsComputed_HasNoLogColumns()
    {
        var sut = BarFrame.Align([TestFrames.Series("YYY", [100, 101]), TestFrames.Series("XXX", [50], [1])]);

        Assert.Null(sut.LogCloseColumn(0));
        Assert.Null(sut.LogCloseColumn(1));
    }

    [Fact]
    public void UnionOfTimes_OneTimelineOrGaps_IsTheSortedUnion()
    {
        var y = TestFrames.Series("YYY", [1, 2, 3]);
        Assert.Equal(y.Times.ToArray(), BarFrame.UnionOfTimes([y, TestFrames.Series("XXX", [1, 2, 3])]));
        var gaps = BarFrame.UnionOfTimes([TestFrames.Series("YYY", [1, 2], [0, 3]), TestFrames.Series("XXX", [1, 2], [1, 3])]);
        Assert.Equal([0L, 1, 3], gaps.Select(t => t.Value / TestFrames.Minute));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(12)] // past the columns searched one by one: a hash table
    public void ColumnOf_FewOrManyColumns_FindsEachAndNamesAnAbsentOne(int columns)
    {
        var sut = BarFrame.Align([.. Enumerable.Range(0, columns).Select(i => TestFrames.Series($"S{i}", [100 + i, 101 + i]))]);

        for (var i = 0; i < columns; i++)
        {
            Assert.Equal(i, sut.ColumnOf(new Sextant.Core.Instruments.Symbol($"S{i}")));
            Assert.Equal(101 + i, sut.Close(i)[1]);
        }

        Assert.Contains("ZZZ is not in this frame", Assert.Throws<KeyNotFoundException>(() => sut.ColumnOf(new Sextant.Core.Instruments.Symbol("ZZZ"))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    public void Align_ASymbolTwice_Throws(int columns)
    {
        var series = Enumerable.Range(0, columns).Select(i => TestFrames.Series($"S{i}", [100, 101])).Append(TestFrames.Series("S1", [100, 101])).ToList();

        Assert.Contains("S1 appears twice", Assert.Throws<ArgumentException>(() => BarFrame.Align(series)).Message, StringComparison.Ordinal);
    }
}
