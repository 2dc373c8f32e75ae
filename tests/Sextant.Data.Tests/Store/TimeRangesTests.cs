using Sextant.Core.Bars;
using Sextant.Data.Store;
using Sextant.Data.Tests.Support;

namespace Sextant.Data.Tests.Store;

public sealed class TimeRangesTests
{
    private static TimeRange R(long a, long b) => new(RealData.Ms(a), RealData.Ms(b));

    [Fact]
    public void Union_OverlappingTouchingAndEmpty_JoinsAndSorts()
    {
        Assert.Equal([R(0, 30), R(40, 50)], TimeRanges.Union([R(40, 50), R(10, 20), R(20, 30), R(0, 15), R(45, 45)]));
    }

    [Fact]
    public void Missing_RequestAcrossCoverage_ReturnsTheHoles()
    {
        Assert.Equal([R(0, 10), R(20, 40), R(50, 60)], TimeRanges.Missing(R(0, 60), [R(10, 20), R(40, 50)]));
        Assert.Empty(TimeRanges.Missing(R(12, 18), [R(10, 20)]));
        Assert.Equal([R(0, 60)], TimeRanges.Missing(R(0, 60), []));
    }
}
