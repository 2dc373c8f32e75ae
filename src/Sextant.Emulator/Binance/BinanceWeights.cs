namespace Sextant.Emulator.Binance;

/// <summary>Request weight used per minute, as reported in <c>X-MBX-USED-WEIGHT-1M</c> (the limit is <see cref="EmulatorOptions.RequestWeightLimit"/>, 1200 as the venue).</summary>
internal sealed class BinanceWeights(TimeProvider time)
{
    private readonly object _sync = new();
    private long _minute;
    private int _used;

    /// <summary>Adds <paramref name="weight"/>; returns the weight used this minute and the seconds until it resets.</summary>
    public (int Used, int ResetSeconds) Add(int weight)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_sync)
        {
            var minute = now / 60_000;
            if (minute != _minute)
            {
                _minute = minute;
                _used = 0;
            }

            _used += weight;
            return (_used, (int)Math.Ceiling((60_000 - (now % 60_000)) / 1000.0));
        }
    }
}
