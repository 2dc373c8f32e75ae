using Sextant.Config.Schema;
using Sextant.Core.Signals;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Tests.Support;

namespace Sextant.Strategies.Tests.Cointegration;

public sealed class CointegrationStrategyTests
{
    private static readonly BarFrame RealFrame = BarFrame.Align([TestFrames.Real("BTCUSDT"), TestFrames.Real("ETHUSDT")]);

    private static CointegrationStrategyConfig RealConfig => TestStrategies.Config("BTCUSDT", "ETHUSDT", lookback: 240);

    [Fact]
    public void GenerateSignals_FewerThanLookbackBars_GivesNothing()
    {
        var y = Enumerable.Range(0, 9).Select(i => 100.0 + (i % 2 == 0 ? 5 : -5)).ToArray();
        var x = Enumerable.Repeat(50.0, 9).Select((v, i) => v + i).ToArray();
        var strategy = TestStrategies.Create(TestStrategies.Config(lookback: 10, entry: 0.1, exit: 0.0));
        Assert.Empty(strategy.GenerateSignals(TestFrames.Pair(y, x)));
    }

    [Fact]
    public void GenerateSignals_RealMinutes_EntriesCarryTargetsAndMetadata()
    {
        var strategy = TestStrategies.Create(RealConfig);
        var signals = strategy.GenerateSignals(RealFrame);

        Assert.NotEmpty(signals);
        var entry = signals.First(s => ((string)s.Metadata["reason"]).StartsWith("entry", StringComparison.Ordinal));
        var row = RealFrame.Times.IndexOf(entry.Time);
        var closeY = (decimal)RealFrame.Close(0)[row];
        var closeX = (decimal)RealFrame.Close(1)[row];
        var beta = (decimal)(double)entry.Metadata["hedge_ratio"];
        var direction = (string)entry.Metadata["reason"] == "entry_long" ? 1m : -1m;
        var legY = signals.First(s => s.Time == entry.Time && s.Symbol.Value == "BTCUSDT");
        var legX = signals.First(s => s.Time == entry.Time && s.Symbol.Value == "ETHUSDT");

        Assert.Equal(SignalAction.Target, legY.Action);
        Assert.Equal(direction * 10_000m / closeY, legY.TargetQuantity);
        Assert.Equal(-direction * beta * 10_000m / closeX, legX.TargetQuantity);
        foreach (var key in new[] { "z", "hedge_ratio", "intercept", "spread", "half_life", "reason", "pair" })
        {
            Assert.True(legY.Metadata.ContainsKey(key), key);
        }

        Assert.True(Math.Abs((double)legY.Metadata["z"]) >= 2.0);
        Assert.All(signals.Where(s => (string)s.Metadata["reason"] == "exit"), s => Assert.Equal(0m, s.TargetQuantity));
    }

    [Fact]
    public void GenerateSignals_OverlappingWindows_EqualBarByBar()
    {
        var whole = TestStrategies.Create(RealConfig).GenerateSignals(RealFrame);

        var polled = TestStrategies.Create(RealConfig);
        var fromWindows = new List<Signal>();
        var btc = TestFrames.Real("BTCUSDT");
        var eth = TestFrames.Real("ETHUSDT");
        for (var end = 37; end < btc.Count + 37; end += 37)
        {
            var last = btc.Times[Math.Min(end, btc.Count) - 1];
            var range = new Core.Bars.TimeRange(new(Math.Max(0, last.Value - (500 * 60_000_000_000L))), new(last.Value + 1));
            fromWindows.AddRange(polled.GenerateSignals(BarFrame.Align([btc.Slice(range), eth.Slice(range)])));
        }

        Assert.Equal(whole.Count, fromWindows.Count);
        for (var i = 0; i < whole.Count; i++)
        {
            Assert.Equal((whole[i].Symbol, whole[i].Time, whole[i].TargetQuantity), (fromWindows[i].Symbol, fromWindows[i].Time, fromWindows[i].TargetQuantity));
        }
    }

    [Fact]
    public void Step_AfterWarmUpWithoutSignals_AllocatesNothing()
    {
        var strategy = TestStrategies.Create(RealConfig with { EntryZ = 9.9, ExitZ = 0.5 });
        var sink = new SignalList();
        for (var row = 0; row < 1000; row++)
        {
            strategy.Step(RealFrame, row, sink);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var row = 1000; row < RealFrame.Count; row++)
        {
            strategy.Step(RealFrame, row, sink);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Empty(sink);
    }

    [Fact]
    public void Step_LogsPrecomputedAtLoad_GiveTheSignalsAndZOfLogsTakenPerBar()
    {
        // A backtest's data carries ln(close) computed once at load; a live window does not. Both must decide identically.
        var (btc, eth) = (TestFrames.Real("BTCUSDT"), TestFrames.Real("ETHUSDT"));
        var perBar = BarFrame.Align([btc, eth]);
        var (btcLogs, ethLogs) = (TestFrames.Real("BTCUSDT"), TestFrames.Real("ETHUSDT"));
        _ = btcLogs.LogCloseMemory;
        _ = ethLogs.LogCloseMemory;
        var precomputed = BarFrame.Align([btcLogs, ethLogs]);
        Assert.Null(perBar.LogCloseColumn(0));
        Assert.NotNull(precomputed.LogCloseColumn(0));

        var (a, b) = (TestStrategies.Create(RealConfig), TestStrategies.Create(RealConfig));
        var (signalsA, signalsB) = (new SignalList(), new SignalList());
        for (var row = 0; row < perBar.Count; row++)
        {
            a.Step(perBar, row, signalsA);
            b.Step(precomputed, row, signalsB);
            Assert.Equal(BitConverter.DoubleToInt64Bits(a.Diagnostic(0)), BitConverter.DoubleToInt64Bits(b.Diagnostic(0)));
        }

        Assert.NotEmpty(signalsA);
        Assert.Equal(signalsA.Count, signalsB.Count);
        for (var i = 0; i < signalsA.Count; i++)
        {
            Assert.Equal((signalsA[i].Symbol, signalsA[i].Time, signalsA[i].TargetQuantity), (signalsB[i].Symbol, signalsB[i].Time, signalsB[i].TargetQuantity));
            Assert.Equal(signalsA[i].Metadata, signalsB[i].Metadata);
        }
    }

    [Fact]
    public void Step_LogsPrecomputedAfterWarmUpWithoutSignals_AllocatesNothing()
    {
        var (btc, eth) = (TestFrames.Real("BTCUSDT"), TestFrames.Real("ETHUSDT"));
        _ = btc.LogCloseMemory;
        _ = eth.LogCloseMemory;
        var frame = BarFrame.Align([btc, eth]);
        var strategy = TestStrategies.Create(RealConfig with { EntryZ = 9.9, ExitZ = 0.5 });
        var sink = new SignalList();
        for (var row = 0; row < 1000; row++)
        {
            strategy.Step(frame, row, sink);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var row = 1000; row < frame.Count; row++)
        {
            strategy.Step(frame, row, sink);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Empty(sink);
    }

    [Fact]
    public void Step_BarsMissingInOneLeg_AreSkipped()
    {
        // y has bars at minutes 0..11, x misses minute 5: only 11 aligned bars, so lookback 11 warms exactly at the end.
        var y = TestFrames.Series("YYY", [.. Enumerable.Range(0, 12).Select(i => 100.0 + i + (i % 3))]);
        var x = TestFrames.Series("XXX", [.. Enumerable.Range(0, 12).Where(i => i != 5).Select(i => 50.0 + i)], [.. Enumerable.Range(0, 12).Where(i => i != 5).Select(i => (long)i)]);
        var frame = BarFrame.Align([y, x]);
        Assert.Equal(12, frame.Count);
        Assert.False(frame.Has(1, 5));

        var strategy = TestStrategies.Create(TestStrategies.Config(lookback: 11, entry: 0.1, exit: 0.0));
        var signals = strategy.GenerateSignals(frame);
        Assert.All(signals, s => Assert.Equal(frame.Times[11], s.Time));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(double.PositiveInfinity)]
    public void Step_NonPositivePrice_ThrowsNamingSymbolAndTime(double bad)
    {
        var y = Enumerable.Range(0, 12).Select(i => 100.0 + i).ToArray();
        y[7] = bad;
        var strategy = TestStrategies.Create(TestStrategies.Config());
        var error = Assert.Throws<InvalidDataException>(() => strategy.GenerateSignals(TestFrames.Pair(y, [.. Enumerable.Range(0, 12).Select(i => 50.0 + i)])));
        Assert.Contains("YYY", error.Message, StringComparison.Ordinal);
        Assert.Contains("1970-01-01 00:07:00Z", error.Message, StringComparison.Ordinal);
    }
}
