using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Tests.Support;
using Sextant.Strategies.Trend;

namespace Sextant.Strategies.Tests.SingleAsset;

public sealed class TrendStrategyTests
{
    private static TrendStrategyConfig Config(bool shorts = false, string symbol = "YYY") => new()
    {
        Name = "trend",
        Type = TrendStrategyConfig.TypeName,
        AssetClass = AssetClass.Crypto,
        Symbols = [new Symbol(symbol)],
        Fast = 2,
        Slow = 3,
        AllowShort = shorts,
    };

    private static IReadOnlyList<Signal> Run(TrendStrategyConfig config, params double[] closes) =>
        new TrendStrategy(config, TestStrategies.Notional(1000m)).GenerateSignals(BarFrame.Align([TestFrames.Series("YYY", closes)]));

    [Fact]
    public void GenerateSignals_Crossings_TradeOnlyOnTheCross()
    {
        // fast 2, slow 3. Row 2: fast (9+8)/2 = 8.5 < slow 9 → side down, first side: no trade.
        // Row 3: 8, 7... closes 10, 9, 8, 12 → fast 10 > slow (9+8+12)/3 = 9.67 → cross up → buy 1000/12.
        // Row 4: 12, 6 → fast 9 < slow (8+12+6)/3 = 8.67? 9 > 8.67 → still up. Row 5: 6, 5 → fast 5.5 < slow (12+6+5)/3 = 7.67 → cross down → flat.
        var signals = Run(Config(), 10, 9, 8, 12, 6, 5);

        Assert.Equal(2, signals.Count);
        Assert.Equal(("cross_up", 1000m / 12m), ((string)signals[0].Metadata["reason"], signals[0].TargetQuantity!.Value));
        Assert.Equal(10.0, (double)signals[0].Metadata["fast_ma"], 12);
        Assert.Equal(("cross_down", 0m), ((string)signals[1].Metadata["reason"], signals[1].TargetQuantity!.Value));
    }

    [Fact]
    public void GenerateSignals_AllowShort_GoesShortOnTheCrossDown()
    {
        var signals = Run(Config(shorts: true), 10, 9, 8, 12, 6, 5);
        Assert.Equal(-1000m / 5m, signals[1].TargetQuantity);
    }

    [Fact]
    public void GenerateSignals_OverlappingWindows_EqualBarByBar()
    {
        var btc = TestFrames.Real("BTCUSDT");
        var config = Config(shorts: true, symbol: "BTCUSDT") with { Fast = 15, Slow = 60 };
        var whole = new TrendStrategy(config, TestStrategies.Notional(1000m)).GenerateSignals(BarFrame.Align([btc]));
        var polled = new TrendStrategy(config, TestStrategies.Notional(1000m));
        var pieces = new List<Signal>();
        for (var end = 50; end < btc.Count + 50; end += 50)
        {
            var last = btc.Times[Math.Min(end, btc.Count) - 1];
            pieces.AddRange(polled.GenerateSignals(BarFrame.Align([btc.Slice(new(new(last.Value - (200 * 60_000_000_000L)), new(last.Value + 1)))])));
        }

        Assert.NotEmpty(whole);
        Assert.Equal(whole.Select(s => (s.Time, s.TargetQuantity)), pieces.Select(s => (s.Time, s.TargetQuantity)));
    }
}
