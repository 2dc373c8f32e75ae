using Sextant.Config.Schema;
using Sextant.Core.Instruments;

namespace Sextant.Workloads;

internal static class Configs
{
    public static CointegrationStrategyConfig Pair(string name, string y, string x, int lookback = 240, double entry = 2.0, double exit = 0.5) => new()
    {
        Name = name,
        Type = CointegrationStrategyConfig.TypeName,
        AssetClass = AssetClass.Crypto,
        Venue = "synthetic",
        Interval = "1m",
        Pairs = [[new Symbol(y), new Symbol(x)]],
        Lookback = lookback,
        EntryZ = entry,
        ExitZ = exit,
    };

    public static SextantConfig Engine(params StrategyConfig[] strategies) => new()
    {
        Strategies = strategies,
        Brokers = new Dictionary<string, BrokerConfig> { ["sim"] = new() { AssetClasses = [AssetClass.Crypto], QuoteAsset = "USDT" } },
        Execution = new() { Sizing = new() { Type = SizingType.FixedNotional, Notional = 10_000m } },
        Risk = new() { MaxDrawdown = null, MaxOrdersPerMinute = null },
        // 1 bps commission and 1 bps slippage: a high-volume account's costs. At 10 bps the synthetic pair's ~4,300 round
        // trips a year cost more than the spread pays and the account is ruined by autumn, which stops the trading the
        // workloads are there to measure (the kill switch trips at zero equity).
        Backtesting = new() { Capital = 100_000m, SlippageBps = 1m, CommissionBps = 1m },
    };
}
