using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Signals.Monitoring;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Sizing;
using Sextant.Tests.Shared;

namespace Sextant.Signals.Tests;

/// <summary>The monitor polling real minutes on a simulated clock, against a data source that serves what has "happened" so far.</summary>
public sealed class SignalMonitorTests
{
    private const long Minute = 60_000_000_000L;
    private static readonly BarSeries Btc = RealMinutes.Load("BTCUSDT");
    private static readonly BarSeries Eth = RealMinutes.Load("ETHUSDT");

    private static CointegrationStrategy Pair() => new(new CointegrationStrategyConfig
    {
        Name = "pair",
        Type = CointegrationStrategyConfig.TypeName,
        AssetClass = AssetClass.Crypto,
        Pairs = [[new Symbol("BTCUSDT"), new Symbol("ETHUSDT")]],
        Lookback = 120,
    }, new ConfiguredSizing(new SizingConfig(), _ => 0m));

    private static (SignalMonitor Monitor, SimulatedClock Clock, ReplaySource Source) Create(CointegrationStrategy strategy, int lookback = 300)
    {
        var clock = new SimulatedClock(Btc.Times[0]);
        var source = new ReplaySource(clock, Btc, Eth);
        var monitored = new MonitoredStrategy(strategy, [Btc.Key, Eth.Key]);
        var config = new MonitorConfig { PollInterval = TimeSpan.FromMinutes(1), Lookback = lookback, StaleAfter = TimeSpan.FromMinutes(5) };
        return (new SignalMonitor([monitored], source, config, clock), clock, source);
    }

    [Fact]
    public async Task Poll_EveryMinute_GivesTheSameSignalsAsTheWholeHistoryAtOnce()
    {
        var whole = Pair().GenerateSignals(BarFrame.Align([Btc.Slice(new(Btc.Times[0], new(Btc.Times[1500].Value))), Eth.Slice(new(Btc.Times[0], new(Btc.Times[1500].Value)))]));
        var (monitor, clock, _) = Create(Pair());
        var polled = new List<Signal>();
        for (var i = 1; i <= 1500; i++)
        {
            clock.AdvanceTo(new UnixNanos(Btc.Times[0].Value + (i * Minute)));
            var result = await monitor.PollAsync(CancellationToken.None);
            Assert.Empty(result.Stale);
            polled.AddRange(result.Signals);
        }

        Assert.NotEmpty(whole);
        Assert.Equal(whole.Select(s => (s.Symbol, s.Time, s.TargetQuantity)), polled.Select(s => (s.Symbol, s.Time, s.TargetQuantity)));
    }

    [Fact]
    public async Task Poll_BarStillForming_IsNotUsed()
    {
        var (monitor, clock, _) = Create(Pair());
        clock.AdvanceTo(new UnixNanos(Btc.Times[0].Value + (10 * Minute) + (30 * 1_000_000_000L))); // 10.5 minutes in

        var result = await monitor.PollAsync(CancellationToken.None);

        Assert.Equal(10, result.NewBars); // bars opened at minutes 0..9 are closed; minute 10 is still forming
    }

    [Fact]
    public async Task Poll_NoNewBarsForLongerThanStaleAfter_ReportsAndDoesNotStep()
    {
        var strategy = Pair();
        var (monitor, clock, source) = Create(strategy);
        clock.AdvanceTo(new UnixNanos(Btc.Times[0].Value + (200 * Minute)));
        await monitor.PollAsync(CancellationToken.None);
        var seen = strategy.LastTime;

        source.Freeze(); // the feed stops delivering
        clock.AdvanceTo(new UnixNanos(Btc.Times[0].Value + (210 * Minute)));
        var result = await monitor.PollAsync(CancellationToken.None);

        Assert.Equal(2, result.Stale.Count);
        Assert.All(result.Stale, s => Assert.True(s.Age > TimeSpan.FromMinutes(5)));
        Assert.Equal(seen, strategy.LastTime);
        Assert.Empty(result.Signals);
    }

    /// <summary>A data source at the outer edge: the bars whose open time has passed on the clock (until frozen).</summary>
    private sealed class ReplaySource(TimeProvider clock, params BarSeries[] series) : IDataSource
    {
        private UnixNanos? _frozenAt;

        public string Name => "replay";

        public void Freeze() => _frozenAt = clock.GetUnixNanos();

        public Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken)
        {
            var now = _frozenAt ?? clock.GetUnixNanos();
            var bars = series.Single(s => s.Key == key);
            return Task.FromResult(bars.Slice(range.Intersect(new TimeRange(TimeRange.All.Start, now))));
        }

        public Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<FundamentalValue>>([]);

        public Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<MarketEvent>>([]);
    }
}
