using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Emulator.Faults;
using Sextant.Emulator.Market;
using Sextant.Emulator.Streams;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Hosting;

/// <summary>Everything one emulator instance holds: the replay feed, one exchange per venue, the open streams and the armed faults.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        Time = options.Time;
        Logger = options.LoggerFactory?.CreateLogger("Sextant.Emulator") ?? NullLogger.Instance;
        Feed = new MarketFeed(options.Speed);
        Faults = new FaultInjector(Time);
        var now = Time.GetUtcNow().ToUnixTimeMilliseconds() / Candle.MinuteMs * Candle.MinuteMs;
        Feed.Add(new PriceSeries("BTCUSDT", CandleCsv.ReadEmbedded("BTCUSDT_1m.csv.gz"), options.History, 0.01m, options.Seed));
        Feed.Add(new PriceSeries("ETHUSDT", CandleCsv.ReadEmbedded("ETHUSDT_1m.csv.gz"), options.History, 0.01m, options.Seed + 2));
        Feed.Add(new PriceSeries("SPY", CandleCsv.ReadEmbedded("SPY_1m.csv.gz"), options.History, 0.01m, options.Seed + 3));
        Feed.Add(new PriceSeries("AAPL", PriceSeries.RandomWalk(150m, options.History, now, 0.01m, options.Seed + 4), options.History, 0.01m, options.Seed + 5));
        Feed.Add(new PriceSeries("AIG", CandleCsv.ReadEmbedded("AIG_1m.csv.gz"), options.History, 0.01m, options.Seed + 6));
        Feed.Add(new PriceSeries("BAC", CandleCsv.ReadEmbedded("BAC_1m.csv.gz"), options.History, 0.01m, options.Seed + 7));

        Binance = new Exchange(new ExchangeSettings(
            "binanceus",
            [
                new InstrumentSpec("BTCUSDT", "BTC", "USDT", 0.01m, 0.01m, 1_000_000m, 0.00001m, 0.00001m, 9_000m, 10m),
                new InstrumentSpec("ETHUSDT", "ETH", "USDT", 0.01m, 0.01m, 1_000_000m, 0.0001m, 0.0001m, 9_000m, 10m),
            ],
            new Dictionary<string, decimal> { ["USDT"] = 100_000m, ["BTC"] = 1m, ["ETH"] = 10m },
            MakerFee: 0.001m,
            TakerFee: 0.001m,
            options.Seed), Feed, Time);
        Alpaca = new Exchange(new ExchangeSettings(
            "alpaca",
            [
                new InstrumentSpec("SPY", "SPY", "USD", 0.01m, 0m, 0m, 0.000000001m, 0.000000001m, 0m, 0m, 9, 2),
                new InstrumentSpec("AAPL", "AAPL", "USD", 0.01m, 0m, 0m, 0.000000001m, 0.000000001m, 0m, 0m, 9, 2),
                new InstrumentSpec("AIG", "AIG", "USD", 0.01m, 0m, 0m, 0.000000001m, 0.000000001m, 0m, 0m, 9, 2),
                new InstrumentSpec("BAC", "BAC", "USD", 0.01m, 0m, 0m, 0.000000001m, 0.000000001m, 0m, 0m, 9, 2),
            ],
            new Dictionary<string, decimal> { ["USD"] = 100_000m },
            MakerFee: 0m,
            TakerFee: 0m,
            options.Seed + 100), Feed, Time);
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    public MarketFeed Feed { get; }

    public Exchange Binance { get; }

    public Exchange Alpaca { get; }

    public StreamHub Hub { get; } = new();

    public FaultInjector Faults { get; }

    /// <summary>Added to Binance's server time (a fast or slow venue clock for -1021 tests).</summary>
    public TimeSpan ClockSkew { get; set; }

    public long ServerTimeMs => (Time.GetUtcNow() + ClockSkew).ToUnixTimeMilliseconds();

    /// <summary>The exchange that lists <paramref name="symbol"/>, or null.</summary>
    public Exchange? ExchangeOf(string symbol) =>
        Binance.Instruments.ContainsKey(symbol) ? Binance : Alpaca.Instruments.ContainsKey(symbol) ? Alpaca : null;
}
