using Sextant.Config.Schema;
using Sextant.Core.Instruments;

namespace Sextant.Backtest.Tests.Support;

internal static class Configs
{
    public static SextantConfig Pair(CointegrationStrategyConfig strategy, decimal notional = 1000m, decimal slippageBps = 2m, decimal commissionBps = 10m) => new()
    {
        Strategies = [strategy],
        Brokers = new Dictionary<string, BrokerConfig>
        {
            ["sim"] = new() { AssetClasses = [AssetClass.Crypto], QuoteAsset = "USDT" },
        },
        Execution = new() { Sizing = new() { Type = SizingType.FixedNotional, Notional = notional } },
        Backtesting = new() { Capital = 100_000m, SlippageBps = slippageBps, CommissionBps = commissionBps },
    };

    public static CointegrationStrategyConfig Strategy(string y, string x, string venue, int lookback, double entry, double exit) => new()
    {
        Name = "pair",
        Type = CointegrationStrategyConfig.TypeName,
        AssetClass = AssetClass.Crypto,
        Venue = venue,
        Interval = "1m",
        Pairs = [[new Symbol(y), new Symbol(x)]],
        Lookback = lookback,
        EntryZ = entry,
        ExitZ = exit,
    };
}
