namespace Sextant.Emulator.Market;

/// <summary>One bar of the replayed series: open time in Unix milliseconds (UTC) and exact decimal prices.</summary>
internal readonly record struct Candle(long OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume)
{
    public const long MinuteMs = 60_000;

    public long CloseTime => OpenTime + MinuteMs - 1;

    /// <summary>A one-price bar, used when a test or the admin endpoint sets the price.</summary>
    public static Candle Flat(long openTime, decimal price) => new(openTime, price, price, price, price, 0m);
}
