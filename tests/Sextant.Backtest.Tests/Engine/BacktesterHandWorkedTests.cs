using Sextant.Backtest.Engine;
using Sextant.Backtest.Tests.Support;
using Sextant.Config.Schema;
using Sextant.Core.Orders;

namespace Sextant.Backtest.Tests.Engine;

/// <summary>
/// One short-spread round trip worked out by hand through the whole path (strategy → BrokerContext → OrderManager →
/// simulated venue → portfolio). Level prices, hedge ratio fixed at 1, lookback 3, entry 1.1, exit 0.5, notional 1000,
/// slippage 2 bps, commission 10 bps, capital 100 000.
/// </summary>
public sealed class BacktesterHandWorkedTests
{
    // Closes: y 100, 100, 100, 101, 100, 100; x 100, 100, 97, 98, 100, 100. Opens differ only where they are traded at.
    // Row 2: d = y − x = 0, 0, 3 → e = −1, −1, 2, s = sqrt(6/2), z = 2/√3 = 1.1547 ≥ 1.1 → short the spread:
    //        target y = −1000/100 = −10, target x = +1·|−10| = +10, decided at row 2's close.
    // Row 3 opens y 101, x 98: sell 10 y at 101·(1 − 0.0002) = 100.9798, fee 1.009798;
    //        buy 10 x at 98·1.0002 = 98.0196, fee 0.980196. Cash 100 027.612006.
    //        d = 0, 3, 3 → z = 1/√3 = 0.577 > 0.5: hold. Equity = cash − 10·101 + 10·98 = 99 997.612006.
    // Row 4: d = 3, 3, 0 → z = −1.1547 ≤ 0.5: exit (and no entry on this bar). Equity = cash − 1000 + 1000 = 100 027.612006.
    // Row 5 opens y 100, x 100: buy 10 y at 100.02, fee 1.0002; sell 10 x at 99.98, fee 0.9998.
    //        Cash = final equity = 100 025.212006; round trip PnL 25.212006, fees 3.989994.
    private static BacktestOutcome Run(Func<SextantConfig, SextantConfig>? adjust = null)
    {
        var y = Bars.Series("sim", "YYY", (100, 100), (100, 100), (100, 100), (101, 101), (100, 100), (100, 100));
        var x = Bars.Series("sim", "XXX", (100, 100), (100, 100), (97, 97), (98, 98), (100, 100), (100, 100));
        var strategy = Configs.Strategy("YYY", "XXX", "sim", lookback: 3, entry: 1.1, exit: 0.5) with
        {
            HedgeRatio = new HedgeRatioSetting(HedgeRatioKind.Fixed, 1.0),
            PriceTransform = PriceTransform.Level,
        };
        var plan = BacktestPlan.FromConfig((adjust ?? (c => c))(Configs.Pair(strategy)), "hand");
        return Backtester.Run(plan, new BacktestData([y, x]));
    }

    [Fact]
    public void Run_ShortSpreadRoundTrip_FillsAtNextOpenWithSlippageAndFees()
    {
        var fills = Run().Result.Fills;

        Assert.Equal(4, fills.Count);
        Assert.Equal(("YYY", OrderSide.Sell, 10m, 100.9798m, 1.009798m), Describe(fills[0]));
        Assert.Equal(("XXX", OrderSide.Buy, 10m, 98.0196m, 0.980196m), Describe(fills[1]));
        Assert.Equal(("YYY", OrderSide.Buy, 10m, 100.02m, 1.0002m), Describe(fills[2]));
        Assert.Equal(("XXX", OrderSide.Sell, 10m, 99.98m, 0.9998m), Describe(fills[3]));
        Assert.Equal(3 * Bars.Minute, fills[0].Time.Value);
        Assert.Equal(5 * Bars.Minute, fills[3].Time.Value);
    }

    [Fact]
    public void Run_ShortSpreadRoundTrip_EquityAndStatisticsAsWorkedByHand()
    {
        var result = Run().Result;

        Assert.Equal([100_000, 100_000, 100_000, 99_997.612006, 100_027.612006, 100_025.212006], result.Equity.Select(e => Math.Round(e, 6)));
        Assert.Equal(100_025.212006m, result.FinalEquity);
        Assert.Equal(0.00025212006, result.Statistics.TotalReturn, 12);
        Assert.Equal(1 - (100_025.212006 / 100_027.612006), result.Statistics.MaxDrawdown, 12); // the peak after the exit, then the exit's costs
        var trip = Assert.Single(result.RoundTrips);
        Assert.Equal("YYY/XXX", trip.Book);
        Assert.Equal(25.212006m, trip.Pnl);
        Assert.Equal(3.989994m, trip.Fees);
        Assert.Equal(3.989994m, result.Trades.Fees);
        Assert.Empty(result.OpenPositions);
        Assert.Equal(2.0 / 6, result.Trades.ExposureTime, 12); // positions open after rows 3 and 4's fills; flat again after row 5's

    }

    [Fact]
    public void Run_Signals_CarryReasonsAndAreDecidedAtTheClose()
    {
        var signals = Run().Result.Signals;

        Assert.Equal(["entry_short", "entry_short", "exit", "exit"], signals.Select(s => (string)s.Metadata["reason"]));
        Assert.Equal(2 * Bars.Minute, signals[0].Time.Value);
        Assert.Equal(4 * Bars.Minute, signals[2].Time.Value);
        Assert.Equal(2 / Math.Sqrt(3), (double)signals[0].Metadata["z"], 12);
    }

    [Fact]
    public void Run_EquityFallsToZero_TripsTheKillSwitchAndStatisticsSkipReturnsFromRuin()
    {
        // The same round trip with capital 2 and no risk limits. Row 3: equity 2 + 27.612006 − 1010 + 980 = −0.387994:
        // ruined, the kill switch trips; row 4's exit only shrinks the positions, so it still goes through. Equity
        // 2, 2, 2, −0.387994, 29.612006, 27.212006. Returns: 0, 0, −1.193997, (none out of −0.387994), 27.212006/29.612006 − 1.
        var result = Run(c => c with
        {
            Backtesting = new() { Capital = 2m, SlippageBps = 2m, CommissionBps = 10m },
            Risk = new() { MaxDrawdown = null, MaxDailyLoss = null, MaxOrdersPerMinute = null },
        }).Result;

        Assert.Equal([2, 2, 2, -0.387994, 29.612006, 27.212006], result.Equity.Select(e => Math.Round(e, 6)));
        Assert.Contains(result.Notes, n => n.Contains("kill switch", StringComparison.Ordinal) && n.Contains("ruined", StringComparison.Ordinal));
        Assert.Equal(4, result.Fills.Count);
        Assert.Equal(27.212006m, result.FinalEquity);
        double[] r = [0, 0, (-0.387994 / 2) - 1, (27.212006 / 29.612006) - 1];
        var mean = r.Average();
        var std = Math.Sqrt(r.Sum(v => (v - mean) * (v - mean)) / (r.Length - 1));
        Assert.Equal(mean / std * Math.Sqrt(result.Statistics.BarsPerYear), result.Statistics.Sharpe, 6);
    }

    private static (string, OrderSide, decimal, decimal, decimal) Describe(Fill fill) =>
        (fill.Symbol.Value, fill.Side, fill.Quantity.Value, fill.Price.Value, fill.Fee.Amount);
}
