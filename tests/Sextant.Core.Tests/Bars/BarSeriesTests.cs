using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Core.Tests.Bars;

public sealed class BarSeriesTests
{
    private static readonly SeriesKey Key = new(new VenueId("binance"), new Symbol("BTCUSDT"), BarInterval.OneMinute);

    private static UnixNanos Minute(int m) => UnixNanos.FromUnixMilliseconds(1_679_004_900_000 + (m * 60_000L));

    private static BarSeries Series(params int[] minutes)
    {
        var builder = new BarSeriesBuilder(Key, capacity: 1);
        foreach (var m in minutes)
        {
            builder.Add(Minute(m), 100 + m, 101 + m, 99 + m, 100.5 + m, m);
        }

        return builder.Build();
    }

    [Fact]
    public void Build_ManyBars_GrowsAndKeepsColumns()
    {
        var sut = Series(Enumerable.Range(0, 1000).ToArray());

        Assert.Equal(1000, sut.Count);
        Assert.Equal(Minute(999), sut.Times[999]);
        Assert.Equal(100.5 + 999, sut.Close[999]);
        Assert.Equal(new Bar(Minute(3), 103, 104, 102, 103.5, 3), sut[3]);
        Assert.Equal(Minute(999), sut.LastTime);
    }

    [Fact]
    public void Add_OutOfOrderOrDuplicateTime_ThrowsNamingBothTimes()
    {
        var sut = new BarSeriesBuilder(Key);
        sut.Add(Minute(5), 1, 1, 1, 1, 1);

        var ex = Assert.Throws<ArgumentException>(() => sut.Add(Minute(5), 1, 1, 1, 1, 1));

        Assert.Contains("binance/BTCUSDT/1m", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Minute(5).ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnsortedTimes_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BarSeries(Key, [Minute(2), Minute(1)], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1], 2));

        Assert.Contains("must strictly increase", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slice_HalfOpenRange_IncludesStartExcludesEnd()
    {
        var sut = Series(0, 1, 2, 3, 4, 5);

        var slice = sut.Slice(new TimeRange(Minute(2), Minute(5)));

        Assert.Equal([Minute(2), Minute(3), Minute(4)], slice.Times.ToArray());
        Assert.Equal([102.5, 103.5, 104.5], slice.Close.ToArray());
    }

    [Fact]
    public void LowerBound_BetweenBars_FindsNextBar()
    {
        var sut = Series(0, 2, 4);

        Assert.Equal(1, sut.LowerBound(Minute(1)));
        Assert.Equal(0, sut.LowerBound(Minute(-10)));
        Assert.Equal(3, sut.LowerBound(Minute(5)));
    }

    [Fact]
    public void Empty_HasNoBarsAndNoLastTime()
    {
        var sut = BarSeries.Empty(Key);

        Assert.Equal(0, sut.Count);
        Assert.Null(sut.LastTime);
        Assert.Throws<ArgumentOutOfRangeException>(() => sut[0]);
    }

    [Fact]
    public void TimeRange_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new TimeRange(Minute(2), Minute(1)));

    [Fact]
    public void TimeRange_Intersect_GivesOverlapOrEmpty()
    {
        var a = new TimeRange(Minute(0), Minute(10));

        Assert.Equal(new TimeRange(Minute(5), Minute(10)), a.Intersect(new TimeRange(Minute(5), Minute(20))));
        Assert.True(a.Intersect(new TimeRange(Minute(20), Minute(30))).IsEmpty);
    }

    [Fact]
    public void LogCloseMemory_FirstRead_IsMathLogOfEveryCloseAndIsKept()
    {
        var sut = Series(0, 1, 2, 5);
        Assert.False(sut.HasLogClose);

        var logs = sut.LogCloseMemory;

        Assert.True(sut.HasLogClose);
        Assert.Equal(sut.Close.ToArray().Select(c => Math.Log(c)), logs.ToArray());
        Assert.True(logs.Span == sut.LogCloseMemory.Span); // computed once: the same storage on the next read
    }

    [Fact]
    public void Slice_AfterLogsComputed_KeepsTheSliceOfTheLogs()
    {
        var sut = Series(0, 1, 2, 3, 4);
        _ = sut.LogCloseMemory;

        var slice = sut.Slice(new TimeRange(Minute(1), Minute(3)));

        Assert.True(slice.HasLogClose);
        Assert.Equal([Math.Log(101.5), Math.Log(102.5)], slice.LogCloseMemory.ToArray());
        Assert.False(Series(0, 1, 2).Slice(new TimeRange(Minute(1), Minute(2))).HasLogClose);
    }
}
