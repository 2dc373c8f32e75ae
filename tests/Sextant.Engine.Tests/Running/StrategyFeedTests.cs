using Sextant.Backtest.Engine;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Engine.Running;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Sizing;

namespace Sextant.Engine.Tests.Running;

/// <summary>The live feed of one strategy: each new bar hands over only the rows the strategy has not seen.</summary>
public sealed class StrategyFeedTests
{
    private const long Minute = 60_000_000_000L;
    private static readonly SeriesKey Y = new(new VenueId("binanceus"), new Symbol("BTCUSDT"), BarInterval.OneMinute);
    private static readonly SeriesKey X = new(new VenueId("binanceus"), new Symbol("ETHUSDT"), BarInterval.OneMinute);

    [Fact]
    public void ReadyFrame_AfterTheStrategyStepped_HoldsOnlyTheUnseenRows()
    {
        var feed = Feed(keep: 100);
        for (var i = 0; i < 150; i++)
        {
            feed.Add(Y, Bar(i, 100 + i));
            feed.Add(X, Bar(i, 50 + i));
        }

        var first = feed.ReadyFrame()!;
        Assert.Equal(150, first.Count); // nothing seen yet: every kept bar
        feed.Strategy.GenerateSignals(first);
        Assert.Null(feed.ReadyFrame()); // nothing new

        feed.Add(Y, Bar(150, 250));
        Assert.Null(feed.ReadyFrame()); // ETHUSDT has not reached the new minute
        feed.Add(X, Bar(150, 200));
        var next = feed.ReadyFrame()!;

        Assert.Equal(1, next.Count);
        Assert.Equal(new UnixNanos(150 * Minute), next.Times[0]);
        Assert.Equal([250.0, 200.0], new[] { next.Close(next.ColumnOf(Y.Symbol))[0], next.Close(next.ColumnOf(X.Symbol))[0] });
    }

    [Fact]
    public void ReadyFrame_ALegWithoutABarInTheNewRows_IsAColumnOfGaps()
    {
        var feed = Feed(keep: 100);
        feed.Add(Y, Bar(0, 100));
        feed.Add(X, Bar(0, 50));
        feed.Strategy.GenerateSignals(feed.ReadyFrame()!);

        // BTCUSDT skips minute 1, ETHUSDT has it; both reach minute 2.
        feed.Add(X, Bar(1, 51));
        feed.Add(Y, Bar(2, 102));
        var frame = feed.ReadyFrame()!;

        Assert.Equal(1, frame.Count); // minute 1 only: ETHUSDT has not reached minute 2
        Assert.True(double.IsNaN(frame.Close(frame.ColumnOf(Y.Symbol))[0]));
        Assert.Equal(51.0, frame.Close(frame.ColumnOf(X.Symbol))[0]);
    }

    private static Bar Bar(int minute, double close) => new(new UnixNanos(minute * Minute), close, close, close, close, 1);

    private static StrategyFeed Feed(int keep)
    {
        var config = new CointegrationStrategyConfig
        {
            Name = "pair",
            Type = CointegrationStrategyConfig.TypeName,
            AssetClass = AssetClass.Crypto,
            Venue = "binanceus",
            Interval = "1m",
            Pairs = [[Y.Symbol, X.Symbol]],
            Lookback = 60,
            EntryZ = 9.9,
            ExitZ = 0.5,
        };
        var strategy = new CointegrationStrategy(config, new ConfiguredSizing(new SizingConfig(), _ => 0m));
        return new StrategyFeed(strategy, new StrategyPlan(config, "binanceus", 1m, [Y, X]), null!, keep);
    }
}
