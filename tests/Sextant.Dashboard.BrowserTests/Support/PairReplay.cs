using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Tests.Shared;

namespace Sextant.Dashboard.BrowserTests.Support;

/// <summary>
/// Replays real Binance BTCUSDT/ETHUSDT minutes (the research fixtures) into a <see cref="TestRun"/>: a rolling 60-minute
/// OLS hedge ratio and spread z-score open the pair at |z| &gt; 2 and close it at |z| &lt; 0.5, through the real broker
/// context and simulated venue, so the dashboard shows real prices, real signals with their metadata, and real fills.
/// The Alpaca side holds a small SPY position on a synthetic walk (there is no real SPY fixture).
/// </summary>
internal sealed class PairReplay
{
    private const int Window = 60;
    private readonly double[] _btc;
    private readonly double[] _eth;
    private int _next;
    private int _side;

    public PairReplay()
    {
        var btc = RealMinutes.Load("BTCUSDT");
        var eth = RealMinutes.Load("ETHUSDT");
        _btc = btc.Close.ToArray();
        _eth = eth.Close.ToArray();
        Run = new TestRun(start: btc.Times[0] - TimeSpan.FromMinutes(1));
    }

    public TestRun Run { get; }

    /// <summary>Replays <paramref name="minutes"/> more minutes.</summary>
    public async Task ReplayAsync(int minutes)
    {
        for (var end = _next + minutes; _next < end; _next++)
        {
            var spy = 450 + (3 * Math.Sin(_next / 40.0));
            Run.Minute(_btc[_next], _eth[_next], Math.Round(spy, 2));
            if (_next == 1)
            {
                await Run.Equity.TargetAsync("spy_trend", "SPY", 20m, (decimal)Math.Round(spy, 2), AssetClass.Equity);
            }

            if (_next >= Window)
            {
                await TradeAsync();
            }
        }
    }

    private async Task TradeAsync()
    {
        var (beta, z) = ZScore(_next);
        var metadata = new Dictionary<string, object> { ["z_score"] = Math.Round(z, 4), ["hedge_ratio"] = Math.Round(beta, 4) };
        var wanted = _side == 0 && Math.Abs(z) > 2 ? -Math.Sign(z) : _side != 0 && Math.Abs(z) < 0.5 ? 0 : _side;
        if (wanted == _side)
        {
            return;
        }

        _side = wanted;
        metadata["reason"] = wanted == 0 ? "exit" : "entry";
        var btcQuantity = 0.4m * wanted;
        var ethQuantity = Math.Round(-btcQuantity * (decimal)(_btc[_next] / _eth[_next]), 4); // dollar-neutral legs
        foreach (var (symbol, quantity, price) in new[] { ("BTCUSDT", btcQuantity, _btc[_next]), ("ETHUSDT", ethQuantity, _eth[_next]) })
        {
            var signal = new Signal(new Symbol(symbol), SignalAction.Target, AssetClass.Crypto, new StrategyId("btc_eth_pair"), Run.Clock.Now,
                targetQuantity: quantity, metadata: metadata);
            Run.Recorder.RecordSignal(signal);
            await Run.Crypto.Context.PlaceOrderAsync(signal, (decimal)price, CancellationToken.None);
        }
    }

    /// <summary>OLS of ln BTC on ln ETH over the last <see cref="Window"/> minutes; z-score of the latest residual.</summary>
    private (double Beta, double Z) ZScore(int at)
    {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var i = at - Window + 1; i <= at; i++)
        {
            double x = Math.Log(_eth[i]), y = Math.Log(_btc[i]);
            sx += x; sy += y; sxx += x * x; sxy += x * y;
        }

        var beta = ((Window * sxy) - (sx * sy)) / ((Window * sxx) - (sx * sx));
        var alpha = (sy - (beta * sx)) / Window;
        double sum = 0, sum2 = 0, last = 0;
        for (var i = at - Window + 1; i <= at; i++)
        {
            last = Math.Log(_btc[i]) - alpha - (beta * Math.Log(_eth[i]));
            sum += last;
            sum2 += last * last;
        }

        var mean = sum / Window;
        var std = Math.Sqrt(Math.Max(1e-18, (sum2 / Window) - (mean * mean)));
        return (beta, (last - mean) / std);
    }
}
