using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Strategies.Frames;
using Sextant.Strategies.MeanReversion;
using Sextant.Strategies.Tests.Support;

namespace Sextant.Strategies.Tests.SingleAsset;

public sealed class MeanReversionStrategyTests
{
    private static MeanReversionStrategyConfig Config(int lookback = 3, double entry = 1.0, double exit = 0.0, bool shorts = false) => new()
    {
        Name = "mr",
        Type = MeanReversionStrategyConfig.TypeName,
        AssetClass = AssetClass.Crypto,
        Symbols = [new Symbol("YYY")],
        Lookback = lookback,
        EntryZ = entry,
        ExitZ = exit,
        AllowShort = shorts,
    };

    private static IReadOnlyList<Signal> Run(MeanReversionStrategyConfig config, params double[] closes) =>
        new MeanReversionStrategy(config, TestStrategies.Notional(1000m)).GenerateSignals(BarFrame.Align([TestFrames.Series("YYY", closes)]));

    [Fact]
    public void GenerateSignals_DipBelowTheBand_BuysThenExitsAtTheMean()
    {
        // lookback 3. Row 2: closes 100, 100, 97 → mean 99, std sqrt(((1+1+4))/2) = √3, z = −2/√3 = −1.155 ≤ −1 → buy 1000/97.
        // Row 3: 100, 97, 100 → mean 99, z = 1/√3 = 0.577 ≥ −0 → exit.
        var signals = Run(Config(), 100, 100, 97, 100);

        Assert.Equal(2, signals.Count);
        Assert.Equal(("entry_long", 1000m / 97m), ((string)signals[0].Metadata["reason"], signals[0].TargetQuantity!.Value));
        Assert.Equal(-2 / Math.Sqrt(3), (double)signals[0].Metadata["z"], 12);
        Assert.Equal(("exit", 0m), ((string)signals[1].Metadata["reason"], signals[1].TargetQuantity!.Value));
    }

    [Fact]
    public void GenerateSignals_SpikeLongOnly_DoesNotShort()
    {
        Assert.Empty(Run(Config(), 100, 100, 103, 100));
        var shorts = Run(Config(shorts: true), 100, 100, 103, 100);
        Assert.Equal(-1000m / 103m, shorts[0].TargetQuantity);
    }

    [Fact]
    public void Step_RealMinutes_AllocatesNothingWithoutSignals()
    {
        var frame = BarFrame.Align([TestFrames.Real("BTCUSDT")]);
        var config = Config(lookback: 120, entry: 9.0) with { Symbols = [new Symbol("BTCUSDT")] };
        var strategy = new MeanReversionStrategy(config, TestStrategies.Notional(1000m));
        var sink = new SignalList();
        for (var row = 0; row < 500; row++)
        {
            strategy.Step(frame, row, sink);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var row = 500; row < frame.Count; row++)
        {
            strategy.Step(frame, row, sink);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
