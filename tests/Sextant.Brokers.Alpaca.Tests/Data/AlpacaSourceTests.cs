using Sextant.Brokers.Alpaca.Data;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Microsoft.Extensions.Time.Testing;
using Sextant.Emulator;

namespace Sextant.Brokers.Alpaca.Tests.Data;

/// <summary>Historical stock bars from the emulator's Alpaca data API on 127.0.0.1 (real SPY minutes, 2013-10-04 and 07).</summary>
public sealed class AlpacaSourceTests : IAsyncLifetime
{
    private static readonly SeriesKey Spy = new(new VenueId("alpaca"), new Symbol("SPY"), BarInterval.OneMinute);
    private static readonly TimeRange TwoDays = new(
        UnixNanos.FromDateTimeOffset(new DateTimeOffset(2013, 10, 4, 0, 0, 0, TimeSpan.Zero)),
        UnixNanos.FromDateTimeOffset(new DateTimeOffset(2013, 10, 8, 0, 0, 0, TimeSpan.Zero)));

    private EmulatorHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        _host.Control.Step(1200); // leaves bars of the two days for the live stream to replay
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private AlpacaSource Source(string? secret = null, int pageSize = 10_000) =>
        new(new AlpacaOptions(_host.Options.Key, secret ?? _host.Options.Secret) { BaseUrl = _host.BaseUrl, Timeout = TimeSpan.FromSeconds(5) }, AlpacaFeed.Iex)
        {
            PageSize = pageSize,
        };

    [Fact]
    public async Task GetBars_PagedByToken_EqualsOneBigPage()
    {
        using var whole = Source();
        using var paged = Source(pageSize: 400);

        var a = await whole.GetBarsAsync(Spy, TwoDays, CancellationToken.None);
        var b = await paged.GetBarsAsync(Spy, TwoDays, CancellationToken.None);

        Assert.True(a.Count > 900, $"{a.Count} bars");
        Assert.Equal(a.Times.ToArray(), b.Times.ToArray());
        Assert.Equal(a.Close.ToArray(), b.Close.ToArray());
    }

    [Fact]
    public async Task GetBars_WrongSecret_FailsWithoutShowingTheKeyOrSecret()
    {
        using var source = Source(secret: "wrong-secret-value-123");

        var error = await Assert.ThrowsAsync<DataException>(() => source.GetBarsAsync(Spy, TwoDays, CancellationToken.None));

        Assert.Contains("credentials were refused", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value-123", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Options.Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBars_ReportsTheDataApisRequestBudgetFromItsHeaders()
    {
        using var source = Source(pageSize: 400);
        Assert.Null(source.RequestWeightUsed);

        var bars = await source.GetBarsAsync(Spy, TwoDays, CancellationToken.None);

        var pages = (bars.Count + 399) / 400;
        Assert.Equal(200, source.RequestWeightLimit);
        Assert.True(source.RequestWeightUsed >= pages, $"{source.RequestWeightUsed} used after {pages} pages");
    }

    [Fact]
    public async Task GetBars_OverTheRequestLimit_WaitsForTheWindowToResetAndCompletes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 15, 0, 30, TimeSpan.Zero));
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0, Time = clock, AlpacaRequestLimit = 1 });
        host.Control.Step(1200);
        using var source = new AlpacaSource(new AlpacaOptions(host.Options.Key, host.Options.Secret) { BaseUrl = host.BaseUrl, Timeout = TimeSpan.FromSeconds(5) }, time: clock)
        {
            PageSize = 400,
        };

        // one request is allowed this minute, the bars need several pages: the second page is answered 429
        var fetch = source.GetBarsAsync(Spy, TwoDays, CancellationToken.None);
        for (var i = 0; i < 2_000 && !fetch.IsCompleted; i++)
        {
            await Task.Delay(10);
            clock.Advance(TimeSpan.FromSeconds(1)); // the venue's and the source's clock: each new minute allows one more page
        }

        var bars = await fetch;
        using var unlimited = Source();
        var whole = await unlimited.GetBarsAsync(Spy, TwoDays, CancellationToken.None);
        Assert.Equal(whole.Times.ToArray(), bars.Times.ToArray());
        Assert.True(clock.GetUtcNow() >= new DateTimeOffset(2026, 12, 2, 15, 1, 0, TimeSpan.Zero), "the source waited for a new minute");
    }

    [Fact]
    public async Task GetBars_UnsupportedInterval_IsRefusedBeforeAnyRequest()
    {
        using var source = Source();
        var error = await Assert.ThrowsAsync<DataException>(() => source.GetBarsAsync(Spy with { Interval = new BarInterval(2, BarUnit.Day) }, TwoDays, CancellationToken.None));
        Assert.Contains("no 2d bars", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamBars_DropWhileBarsClose_ReconnectsAndBackfillsEveryBarOnceInOrder()
    {
        using var live = new AlpacaSource(new AlpacaOptions(_host.Options.Key, _host.Options.Secret) { BaseUrl = _host.BaseUrl, Timeout = TimeSpan.FromSeconds(5) })
        {
            ReconnectDelay = TimeSpan.FromMilliseconds(50),
        };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var received = new List<long>();
        var reader = Task.Run(async () =>
        {
            await foreach (var bar in live.StreamBarsAsync([Spy], stop.Token))
            {
                lock (received)
                {
                    received.Add(bar.Bar.Time.ToUnixMilliseconds());
                }
            }
        });

        await WaitUntil(() => _host.Control.StreamCountOf("alpaca-data") == 1);
        for (var i = 0; i < 100 && Count(received) == 0; i++)
        {
            _host.Control.Step(1); // until the subscription has landed and a bar comes through
            await Task.Delay(50);
        }

        var live1 = Count(received);
        _host.Control.StreamsDown = true;
        _host.Control.Step(4);
        _host.Control.StreamsDown = false;
        await WaitUntil(() => Count(received) >= live1 + 4);
        await stop.CancelAsync();
        await reader.ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.True(live.Connections >= 2);
        Assert.Equal(received.Distinct().Order(), received);
    }

    private static int Count(List<long> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 800 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "timed out waiting");
    }
}
