using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Sizing;

namespace Sextant.Strategies.Tests.Support;

internal static class TestStrategies
{
    public static IStrategySizing Notional(decimal notional) =>
        new ConfiguredSizing(new SizingConfig { Type = SizingType.FixedNotional, Notional = notional }, _ => 0m);

    public static CointegrationStrategyConfig Config(string y = "YYY", string x = "XXX", int lookback = 10, double entry = 2.0, double exit = 0.5) => new()
    {
        Name = "pair",
        Type = CointegrationStrategyConfig.TypeName,
        AssetClass = AssetClass.Crypto,
        Pairs = [[new Symbol(y), new Symbol(x)]],
        Lookback = lookback,
        EntryZ = entry,
        ExitZ = exit,
    };

    public static CointegrationStrategy Create(CointegrationStrategyConfig config, decimal notional = 10_000m) => new(config, Notional(notional));
}
