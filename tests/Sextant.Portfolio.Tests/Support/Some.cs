using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Portfolio.Tests.Support;

/// <summary>Valid test values with sensible defaults; override only what a test is about.</summary>
internal static class Some
{
    public static readonly Asset Usdt = new("USDT");
    public static readonly Asset Usd = new("USD");
    public static readonly Asset Btc = new("BTC");
    public static readonly Asset Eth = new("ETH");
    public static readonly Asset Bnb = new("BNB");

    public static readonly Symbol BtcUsdt = new("BTCUSDT");
    public static readonly Symbol EthUsdt = new("ETHUSDT");
    public static readonly Symbol Aapl = new("AAPL");

    public static StrategyId Strategy(string value = "pairs") => new(value);

    public static BrokerId Broker(string value = "binanceus") => new(value);

    // Binance API docs, GET /api/v3/klines example: open time 1499040000000 ms = 2017-07-03T00:00:00Z.
    public static UnixNanos Time(long secondsAfter = 0) => UnixNanos.FromUnixMilliseconds(1_499_040_000_000 + (secondsAfter * 1000));

    /// <summary>A USDT crypto book with 10,000 cash: BTCUSDT is index 0, ETHUSDT index 1 (base assets BTC and ETH).</summary>
    public static Portfolio CryptoPortfolio(decimal cash = 10_000m)
    {
        var portfolio = new Portfolio(Usdt, cash);
        portfolio.AddInstrument(BtcUsdt, AssetClass.Crypto, Btc);
        portfolio.AddInstrument(EthUsdt, AssetClass.Crypto, Eth);
        return portfolio;
    }

    /// <summary>A USD equity book with 10,000 cash holding AAPL (index 0).</summary>
    public static Portfolio EquityPortfolio(decimal cash = 10_000m)
    {
        var portfolio = new Portfolio(Usd, cash);
        portfolio.AddInstrument(Aapl, AssetClass.Equity);
        return portfolio;
    }
}
