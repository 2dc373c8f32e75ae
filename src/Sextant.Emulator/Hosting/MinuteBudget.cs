namespace Sextant.Emulator.Hosting;

/// <summary>
/// A budget per UTC minute, as the venues count it: Binance US request weight (<c>X-MBX-USED-WEIGHT-1M</c>, limit
/// <see cref="EmulatorOptions.RequestWeightLimit"/>) and Alpaca requests (<c>X-RateLimit-*</c>, limit
/// <see cref="EmulatorOptions.AlpacaRequestLimit"/>).
/// </summary>
internal sealed class MinuteBudget(TimeProvider time)
{
    private readonly object _sync = new();
    private long _minute;
    private int _used;

    /// <summary>Adds <paramref name="weight"/>; returns what is used this minute, the seconds until it resets and the reset time (unix seconds).</summary>
    public (int Used, int ResetSeconds, long ResetUnixSeconds) Add(int weight)
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
            return (_used, (int)Math.Ceiling((60_000 - (now % 60_000)) / 1000.0), (minute + 1) * 60);
        }
    }
}
