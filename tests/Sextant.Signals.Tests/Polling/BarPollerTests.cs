using Microsoft.Extensions.Time.Testing;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Signals.Polling;
using Sextant.Tests.Shared;

namespace Sextant.Signals.Tests.Polling;

/// <summary>The polling loop over real minutes on a fake clock: closed bars only, each once, in time order across series, every poll_interval.</summary>
public sealed class BarPollerTests
{
    private static readonly BarSeries Btc = RealMinutes.Load("BTCUSDT");
    private static readonly BarSeries Eth = RealMinutes.Load("ETHUSDT");

    [Fact]
    public async Task StreamBars_EveryPollInterval_YieldsEachClosedBarOnceInTimeOrder()
    {
        var clock = new FakeTimeProvider((Btc.Times[0] + TimeSpan.FromSeconds(630)).ToDateTimeOffset()); // 10.5 minutes in: bars 0..9 are closed
        var sut = new BarPoller(new HappenedSource(clock, Btc, Eth), new MonitorConfig { PollInterval = TimeSpan.FromMinutes(1), Lookback = 500 }, clock);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var bars = new List<LiveBar>();
        await using var stream = sut.StreamBarsAsync([Btc.Key, Eth.Key], stop.Token).GetAsyncEnumerator(stop.Token);

        for (var i = 0; i < 20; i++)
        {
            Assert.True(await stream.MoveNextAsync());
            bars.Add(stream.Current);
        }

        var first = stream.MoveNextAsync(); // waits for the next poll
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await first);
        bars.Add(stream.Current);
        Assert.True(await stream.MoveNextAsync());
        bars.Add(stream.Current);

        Assert.Equal(Enumerable.Range(0, 11).SelectMany(i => new[] { Btc.Times[i], Btc.Times[i] }), bars.Select(b => b.Bar.Time));
        Assert.Equal(22, bars.Distinct().Count());
        Assert.Equal(Btc.Close[10], bars.Single(b => b.Key == Btc.Key && b.Bar.Time == Btc.Times[10]).Bar.Close);
        Assert.Equal(2, sut.Polls);
    }

    [Fact]
    public async Task StreamBars_FirstPoll_ReachesBackOnlyLookbackBars()
    {
        var clock = new FakeTimeProvider((Btc.Times[0] + TimeSpan.FromMinutes(200)).ToDateTimeOffset());
        var sut = new BarPoller(new HappenedSource(clock, Btc), new MonitorConfig { PollInterval = TimeSpan.FromMinutes(1), Lookback = 50 }, clock);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var stream = sut.StreamBarsAsync([Btc.Key], stop.Token).GetAsyncEnumerator(stop.Token);

        Assert.True(await stream.MoveNextAsync());

        Assert.Equal(Btc.Times[199 - 50], stream.Current.Bar.Time); // lookback + 1 closed bars before now
    }

    /// <summary>The edge of the data layer: serves what has happened by the fake clock's now (a venue's REST history).</summary>
    private sealed class HappenedSource(TimeProvider clock, params BarSeries[] series) : IDataSource
    {
        public string Name => "happened";

        public Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, CancellationToken cancellationToken) =>
            Task.FromResult(series.Single(s => s.Key == key).Slice(range.Intersect(new TimeRange(TimeRange.All.Start, clock.GetUnixNanos()))));

        public Task<IReadOnlyList<FundamentalValue>> GetFundamentalsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<FundamentalValue>>([]);

        public Task<IReadOnlyList<MarketEvent>> GetEventsAsync(Symbol symbol, TimeRange range, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<MarketEvent>>([]);
    }
}
