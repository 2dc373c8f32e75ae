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
        Backtesting = new() { Capital = 100_000m, SlippageBps = 2m, CommissionBps = 10m },
    };
}
