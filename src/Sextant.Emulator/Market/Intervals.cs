namespace Sextant.Emulator.Market;

/// <summary>Bar intervals and aggregation of minute bars into longer ones (bucket = the interval containing the bar's open time, UTC).</summary>
internal static class Intervals
{
    private const long Minute = Candle.MinuteMs;
    private const long Day = 1440 * Minute;

    /// <summary>Binance US kline intervals (1s was dropped on 2023-09-06).</summary>
    public static long? BinanceMs(string interval) => interval switch
    {
        "1m" => Minute, "3m" => 3 * Minute, "5m" => 5 * Minute, "15m" => 15 * Minute, "30m" => 30 * Minute,
        "1h" => 60 * Minute, "2h" => 120 * Minute, "4h" => 240 * Minute, "6h" => 360 * Minute, "8h" => 480 * Minute, "12h" => 720 * Minute,
        "1d" => Day, "3d" => 3 * Day, "1w" => 7 * Day, "1M" => -1,
        _ => null,
    };

    /// <summary>The open time of the bucket holding <paramref name="time"/>; <paramref name="length"/> -1 means calendar months; weeks start on Monday.</summary>
    public static long Bucket(long time, long length)
    {
        if (length == -1)
        {
            var date = DateTimeOffset.FromUnixTimeMilliseconds(time);
            return new DateTimeOffset(date.Year, date.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        }

        // 1970-01-01 was a Thursday; Binance weeks open on Monday, four days later.
        var offset = length == 7 * Day ? 4 * Day : 0;
        return (long)(Math.Floor((time - offset) / (double)length) * length) + offset;
    }

    /// <summary>Aggregates minute bars (oldest first) into buckets of <paramref name="length"/> ms.</summary>
    public static List<Candle> Aggregate(IEnumerable<Candle> minutes, long length)
    {
        var result = new List<Candle>();
        foreach (var c in minutes)
        {
            var bucket = length == Minute ? c.OpenTime : Bucket(c.OpenTime, length);
            if (result.Count > 0 && result[^1].OpenTime == bucket)
            {
                var last = result[^1];
                result[^1] = last with { High = Math.Max(last.High, c.High), Low = Math.Min(last.Low, c.Low), Close = c.Close, Volume = last.Volume + c.Volume };
            }
            else
            {
                result.Add(c with { OpenTime = bucket });
            }
        }

        return result;
    }
}
