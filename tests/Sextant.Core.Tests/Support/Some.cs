using Sextant.Core.Amounts;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Core.Tests.Support;

/// <summary>Valid test values with sensible defaults; override only what a test is about.</summary>
internal static class Some
{
    public static Symbol Symbol(string value = "BTCUSDT") => new(value);

    public static StrategyId Strategy(string value = "pairs") => new(value);

    public static BrokerId Broker(string value = "binanceus") => new(value);

    public static Asset Asset(string code = "USDT") => new(code);

    public static Money Fee(decimal amount = 0m, string asset = "USDT") => new(amount, new Asset(asset));

    // Binance API docs, GET /api/v3/klines example: open time 1499040000000 ms = 2017-07-03T00:00:00Z.
    public static UnixNanos Time(long unixMilliseconds = 1_499_040_000_000) => UnixNanos.FromUnixMilliseconds(unixMilliseconds);

    public static Bar Bar(double open = 100, double high = 102, double low = 99, double close = 101.5, double volume = 10) =>
        new(Time(), open, high, low, close, volume);
}
