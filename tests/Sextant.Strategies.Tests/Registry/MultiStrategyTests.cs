using Sextant.Config.Loading;
using Sextant.Config.Schema;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Registry;
using Sextant.Strategies.Tests.Support;

namespace Sextant.Strategies.Tests.Registry;

/// <summary>Two strategies of different types from one YAML file, through the real config loader and the registry.</summary>
public sealed class MultiStrategyTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sextant-multi-" + Guid.NewGuid().ToString("N"));

    public MultiStrategyTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Registry_TwoTypesFromYaml_SignalsCarryBothStrategyIds()
    {
        var file = Path.Combine(_dir, "two.yaml");
        File.WriteAllText(file, """
            strategies:
              - name: pair
                type: cointegration
                asset_class: crypto
                venue: binance
                pairs: [[BTCUSDT, ETHUSDT]]
                lookback: 240
              - name: dips
                type: mean_reversion
                asset_class: crypto
                venue: binance
                symbols: [ETHUSDT]
                lookback: 60
                entry_z: 2.5
                allow_short: true
            """);
        var config = ConfigLoader.Load(new ConfigLoadOptions { File = file, BaseFile = null, CheckSecrets = false }).Config;
        var strategies = StrategyRegistry.Default.CreateAll(config.Strategies, TestStrategies.Notional(1000m));
        var frame = BarFrame.Align([TestFrames.Real("BTCUSDT"), TestFrames.Real("ETHUSDT")]);

        var ids = strategies.SelectMany(s => s.GenerateSignals(frame)).Select(s => s.Strategy.Value).Distinct().Order().ToList();

        Assert.IsType<MeanReversion.MeanReversionStrategy>(strategies[1]);
        Assert.Equal(["dips", "pair"], ids);
    }

    [Fact]
    public void Loader_TrendWithSlowBelowFast_IsAConfigErrorWithItsPosition()
    {
        var file = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(file, """
            strategies:
              - name: trend
                type: trend
                asset_class: crypto
                symbols: [BTCUSDT]
                fast: 50
                slow: 20
            """);

        var error = Assert.Throws<Config.Validation.ConfigException>(() => ConfigLoader.Load(new ConfigLoadOptions { File = file, CheckSecrets = false }));
        Assert.Contains("slow", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be above fast (50)", error.Message, StringComparison.Ordinal);
    }
}
