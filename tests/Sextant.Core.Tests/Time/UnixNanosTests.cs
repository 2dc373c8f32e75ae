using Sextant.Core.Time;

namespace Sextant.Core.Tests.Time;

public sealed class UnixNanosTests
{
    // Binance API docs, GET /api/v3/time: {"serverTime": 1499827319559} = 2017-07-12T02:41:59.559Z.
    private const long BinanceServerTimeMs = 1_499_827_319_559;

    [Fact]
    public void FromUnixMilliseconds_BinanceServerTime_IsKnownInstant()
    {
        var sut = UnixNanos.FromUnixMilliseconds(BinanceServerTimeMs);

        Assert.Equal(1_499_827_319_559_000_000L, sut.Value);
        Assert.Equal(new DateTimeOffset(2017, 7, 12, 2, 41, 59, 559, TimeSpan.Zero), sut.ToDateTimeOffset());
        Assert.Equal(BinanceServerTimeMs, sut.ToUnixMilliseconds());
    }

    [Fact]
    public void FromUnixSeconds_KnownInstant_FormatsIso8601WithNanos()
    {
        var sut = UnixNanos.FromUnixSeconds(1_679_004_900);

        Assert.Equal("2023-03-16T22:15:00.000000000Z", sut.ToString());
    }

    [Fact]
    public void ToString_SubMillisecond_ShowsAllNineDigits()
    {
        Assert.Equal("1970-01-01T00:00:01.000000123Z", new UnixNanos(1_000_000_123).ToString());
    }

    [Fact]
    public void ToString_BeforeEpoch_FloorsToPreviousSecond()
    {
        Assert.Equal("1969-12-31T23:59:59.999999999Z", new UnixNanos(-1).ToString());
    }

    [Theory]
    [InlineData(long.MinValue, "1677-09-21T00:12:43.145224192Z")]
    [InlineData(long.MaxValue, "2262-04-11T23:47:16.854775807Z")]
    [InlineData(951_782_400_000_000_000L, "2000-02-29T00:00:00.000000000Z")]
    public void ToString_RangeEndsAndLeapDay(long value, string expected)
    {
        Assert.Equal(expected, new UnixNanos(value).ToString());
    }

    [Fact]
    public void ToStringAndFormatUtf8_AgreeWithTheFrameworksFormatting_OverTheRange()
    {
        var random = new Random(7);
        Span<byte> utf8 = stackalloc byte[UnixNanos.FormattedLength];
        for (var i = 0; i < 20_000; i++)
        {
            var value = random.NextInt64(long.MinValue, long.MaxValue);
            var (seconds, nanos) = Math.DivRem(value, 1_000_000_000);
            if (nanos < 0)
            {
                (seconds, nanos) = (seconds - 1, nanos + 1_000_000_000);
            }

            var expected = DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", System.Globalization.CultureInfo.InvariantCulture)
                + "." + nanos.ToString("D9", System.Globalization.CultureInfo.InvariantCulture) + "Z";
            var time = new UnixNanos(value);
            time.FormatUtf8(utf8);

            Assert.Equal(expected, time.ToString());
            Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(utf8));
        }
    }

    [Fact]
    public void FromDateTimeOffset_NonZeroOffset_ConvertsToUtc()
    {
        var local = new DateTimeOffset(2023, 3, 17, 0, 15, 0, TimeSpan.FromHours(2));

        var sut = UnixNanos.FromDateTimeOffset(local);

        Assert.Equal(UnixNanos.FromUnixSeconds(1_679_004_900), sut);
        Assert.Equal(TimeSpan.Zero, sut.ToDateTimeOffset().Offset);
    }

    [Fact]
    public void Default_IsTheEpoch()
    {
        Assert.Equal(DateTimeOffset.UnixEpoch, default(UnixNanos).ToDateTimeOffset());
    }

    [Fact]
    public void AddTimeSpan_AndSubtract_RoundTrip()
    {
        var start = UnixNanos.FromUnixMilliseconds(BinanceServerTimeMs);

        var later = start + TimeSpan.FromMinutes(5);

        Assert.Equal(TimeSpan.FromMinutes(5), later - start);
        Assert.Equal(start, later - TimeSpan.FromMinutes(5));
        Assert.True(later > start);
        Assert.True(start <= later);
        Assert.Equal(1, later.CompareTo(start));
    }

    [Fact]
    public void FromUnixSeconds_BeyondRange_ThrowsNamingRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => UnixNanos.FromUnixSeconds(10_000_000_000));

        Assert.Contains("Time of 10000000000 seconds is outside the UnixNanos range (1677-09-21 to 2262-04-11 UTC)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToUnixMilliseconds_NegativeSubMillisecond_Floors()
    {
        Assert.Equal(-1, new UnixNanos(-1).ToUnixMilliseconds());
    }
}
