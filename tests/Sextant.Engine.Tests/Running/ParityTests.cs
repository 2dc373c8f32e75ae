using Sextant.Backtest.Engine;
using Sextant.Brokers.BinanceUs.Data;
using Sextant.Core.Bars;
using Sextant.Core.Time;
using Sextant.Engine.Tests.Support;

namespace Sextant.Engine.Tests.Running;

/// <summary>
/// One code path: the same real minutes replayed through <c>sextant backtest</c>'s engine and streamed through paper mode
/// by the emulator (its WebSocket kline stream) give the same orders and fills, to the last digit.
/// </summary>
public sealed class ParityTests
{
    private const int Bars = 400;

    private const string Pair = """
        engine: { mode: paper, journal: "{dir}/journal", warmup_bars: 0 }
        strategies:
          - name: btc_eth_pair
            type: cointegration
            asset_class: crypto
            venue: binanceus
            pairs: [[BTCUSDT, ETHUSDT]]
            lookback: 30
            entry_z: 1.2
            exit_z: 0.2
            price_transform: log
        brokers:
          binanceus: { asset_classes: [crypto], quote_asset: USDT, starting_cash: 100000 }
        data:
          sources:
            binanceus: { type: binanceus, base_url: "{url}" }
        execution: { sizing: { type: fixed_notional, notional: 5000 } }
        risk: { max_orders_per_minute: null, max_drawdown: null }
        backtesting:
          capital: 100000
          slippage_bps: 2
          commission_bps: 10
          instruments:
            BTCUSDT: { lot_size: 0.00001, min_notional: 10 }
            ETHUSDT: { lot_size: 0.0001, min_notional: 10 }
        """;

    [Fact]
    public async Task PaperOnTheEmulatorStream_AndBacktestOfTheSameBars_GiveIdenticalOrdersAndFills()
    {
        await using var rig = await EngineRig.StartAsync(history: 1);
        var config = rig.Config(Pair);
        await using var paper = rig.Run(config, live: false);
        await EngineRig.WaitUntilAsync(() => paper.Log.Contains("streaming", StringComparison.Ordinal), "the stream");
        for (var i = 0; i < 200 && paper.Engine.BarsSeen == 0; i++)
        {
            rig.Step(); // until the kline subscription has landed; bars before it never reached the engine, nor will they reach the backtest
            await Task.Delay(50);
        }

        await Task.Delay(300);
        var start = paper.Engine.BarsSeen; // both legs of every bar since the subscription landed
        Assert.True(start % 2 == 0 && start > 0);
        for (var i = 1; i < Bars; i++)
        {
            rig.Step();
            if (i % 20 == 19 || i == Bars - 1)
            {
                await EngineRig.WaitUntilAsync(() => paper.Engine.BarsSeen == start + (2L * i), $"bar {i} after the first of both legs");
            }
        }

        var streamed = (int)(paper.Engine.BarsSeen / 2);
        await paper.StopAsync();
        var context = paper.Engine.ContextOf("binanceus");
        var paperOrders = context.Orders.AllOrders.OrderBy(o => o.CreatedAt.Value).ThenBy(o => o.Id.Value, StringComparer.Ordinal).ToList();

        // The same minutes, as the emulator serves them over REST, through the backtester.
        using var source = new BinanceUsSource(rig.Host.BaseUrl, TimeSpan.FromSeconds(5));
        var plan = BacktestPlan.FromConfig(config, "parity");
        var first = new UnixNanos((long)rig.Journal(Config.Schema.EngineMode.Paper).First(e => (string?)e.Data["event"] == "strategy_first_bar").Data["bar_ns"]!);
        var range = new TimeRange(first, first + TimeSpan.FromMinutes(streamed));
        var series = new List<BarSeries>();
        foreach (var key in plan.Series)
        {
            series.Add(await source.GetBarsAsync(key, range, CancellationToken.None));
        }

        Assert.All(series, s => Assert.Equal(streamed, s.Count));
        var backtest = Backtester.Run(plan with { Range = range }, new BacktestData(series)).Result;

        Assert.True(backtest.Fills.Count >= 8, $"the pair should trade in {Bars} minutes, made {backtest.Fills.Count} fills");
        Assert.Equal(
            backtest.Orders.OrderBy(o => o.CreatedAt.Value).ThenBy(o => o.Id.Value, StringComparer.Ordinal).Select(o => (o.Id, o.Side, o.Quantity, o.OrderType, o.CreatedAt, o.Status)),
            paperOrders.Select(o => (o.Id, o.Side, o.Quantity, o.OrderType, o.CreatedAt, o.Status)));
        Assert.Equal(
            backtest.Fills.Select(f => (f.OrderId, f.TradeId, f.Side, f.Quantity, f.Price, f.Fee, f.Time)),
            paperOrders.SelectMany(o => o.Fills).OrderBy(f => long.Parse(f.TradeId, System.Globalization.CultureInfo.InvariantCulture))
                .Select(f => (f.OrderId, f.TradeId, f.Side, f.Quantity, f.Price, f.Fee, f.Time)));
        Assert.Equal(backtest.FinalEquity, context.Portfolio.Equity);
    }
}
