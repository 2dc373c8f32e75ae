using Microsoft.Extensions.Time.Testing;
using Sextant.Config.Loading;
using Sextant.Engine.Running;
using Sextant.Engine.Tests.Support;

namespace Sextant.Engine.Tests.Running;

/// <summary>A venue with no live stream configured: the polling loop (monitor.poll_interval over the DataManager: store, then the bundled samples) drives the strategies on the engine's clock.</summary>
public sealed class PollingRunTests
{
    [Fact]
    public async Task Run_VenueWithoutAStream_IsPolledThroughTheDataManagerAndTrades()
    {
        await using var rig = await EngineRig.StartAsync();
        var samples = Path.Combine(RepoRoot(), "data", "samples");
        var config = rig.Config($$"""
            engine: { mode: paper, journal: "{dir}/journal", warmup_bars: 0 }
            monitor: { poll_interval: 1m, lookback: 30, stale_after: 5m }
            strategies:
              - { name: btc_trend, type: trend, asset_class: crypto, venue: binance, symbols: [BTCUSDT], fast: 2, slow: 4 }
            brokers:
              binanceus: { asset_classes: [crypto], quote_asset: USDT }
            data: { store: "{dir}/store", archive: "{dir}/archive", samples: "{{samples}}", sources: {}, routes: [] }
            execution: { sizing: { type: fixed_notional, notional: 1000 } }
            """);
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 3, 17, 1, 0, 30, TimeSpan.Zero)); // the bundled Binance minutes start 2023-03-16 22:15
        var log = new StringWriter();
        await using var engine = TradingEngine.Create(new EngineOptions { Config = config, Root = rig.Dir, Environment = rig.Environment, Log = log, Time = clock });
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => engine.RunAsync(null, stop.Token));

        await EngineRig.WaitUntilAsync(() => engine.BarsSeen >= 31, "the first poll: lookback + 1 closed minutes");
        for (var minute = 1; minute <= 120; minute++)
        {
            var before = engine.BarsSeen;
            clock.Advance(TimeSpan.FromMinutes(1));
            await EngineRig.WaitUntilAsync(() => engine.BarsSeen == before + 1, $"poll {minute}: one new closed minute");
        }

        await stop.CancelAsync();
        var summary = await run;

        Assert.Equal(151, summary.Bars);
        Assert.True(summary.Brokers[0].Fills > 0, log.ToString());
        Assert.Contains("binance/BTCUSDT/1m", log.ToString(), StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Sextant.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
