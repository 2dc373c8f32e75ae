using Sextant.Backtest.Engine;
using Sextant.Backtest.Tests.Support;
using Sextant.Core.Orders;
using Sextant.Strategies.Registry;

namespace Sextant.Backtest.Tests.Engine;

/// <summary>The default pair (BTCUSDT/ETHUSDT, lookback 240, entry 2, exit 0.5) over 5000 real Binance minutes.</summary>
public sealed class BacktesterRealDataTests
{
    private static readonly BacktestData Data = new([Bars.Real("BTCUSDT"), Bars.Real("ETHUSDT")]);

    private static BacktestPlan Plan(double entry = 2.0) =>
        BacktestPlan.FromConfig(Configs.Pair(Configs.Strategy("BTCUSDT", "ETHUSDT", "binance", 240, entry, 0.5), notional: 10_000m), "real");

    [Fact]
    public void Run_RealMinutes_FinalEquityEqualsAnIndependentReplayOfTheFills()
    {
        var result = Backtester.Run(Plan(), Data).Result;
        Assert.NotEmpty(result.Fills);

        // cash = capital − Σ signed quantity × price − Σ fees; equity = cash + Σ position × last close.
        var cash = 100_000m;
        var positions = new Dictionary<string, decimal>();
        foreach (var fill in result.Fills)
        {
            var signed = fill.Side == OrderSide.Buy ? fill.Quantity.Value : -fill.Quantity.Value;
            cash -= (signed * fill.Price.Value) + fill.Fee.Amount;
            positions[fill.Symbol.Value] = positions.GetValueOrDefault(fill.Symbol.Value) + signed;
        }

        var equity = cash + positions.Sum(p => p.Value * (decimal)Bars.Real(p.Key).Close[^1]);
        Assert.True(Math.Abs(equity - result.FinalEquity) < 1e-18m, $"{equity} vs {result.FinalEquity}"); // decimal rounding in the 27th digit only
        Assert.Equal((double)equity, result.Equity[^1], 6);
        Assert.Equal(5000, result.Equity.Length);
        Assert.Equal(result.Statistics.TotalReturn, (double)(result.FinalEquity / 100_000m) - 1, 9);
    }

    [Fact]
    public void Run_EveryFill_IsAtTheNextBarsOpenAfterItsSignal()
    {
        var btc = Bars.Real("BTCUSDT");
        var outcome = Backtester.Run(Plan(), Data);
        foreach (var fill in outcome.Result.Fills.Where(f => f.Symbol.Value == "BTCUSDT"))
        {
            var row = btc.LowerBound(fill.Time);
            var open = (decimal)btc.Open[row];
            var expected = fill.Side == OrderSide.Buy ? open * 1.0002m : open * 0.9998m;
            Assert.Equal(expected, fill.Price.Value);
            Assert.True(Math.Abs((0.001m * fill.Quantity.Value * fill.Price.Value) - fill.Fee.Amount) < 1e-20m);
        }
    }

    [Fact]
    public void Loop_NoSignals_AllocatesNothingPerBar()
    {
        var run = new BacktestRun(Plan(entry: 9.9), Data, StrategyRegistry.Default);
        run.Loop(null, CancellationToken.None); // warm every path once (JIT, tiering)

        var fresh = new BacktestRun(Plan(entry: 9.9), Data, StrategyRegistry.Default);
        var before = GC.GetAllocatedBytesForCurrentThread();
        fresh.Loop(null, CancellationToken.None);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
