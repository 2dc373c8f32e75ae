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
}
