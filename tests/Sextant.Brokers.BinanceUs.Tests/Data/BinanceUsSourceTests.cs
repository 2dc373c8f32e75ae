using Sextant.Brokers.BinanceUs.Data;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Emulator;
using Sextant.Emulator.Faults;

namespace Sextant.Brokers.BinanceUs.Tests.Data;

/// <summary>Historical klines from the emulator on 127.0.0.1 (real Binance spot minutes from 2023-03-16 22:15).</summary>
public sealed class BinanceUsSourceTests : IAsyncLifetime, IDisposable
{
    private static readonly SeriesKey Btc = new(new VenueId("binanceus"), new Symbol("BTCUSDT"), BarInterval.OneMinute);
    private static readonly UnixNanos FirstMinute = UnixNanos.FromDateTimeOffset(new DateTimeOffset(2023, 3, 16, 22, 15, 0, TimeSpan.Zero)); // the first replayed minute
    private EmulatorHost _host = null!;
    private BinanceUsSource _source = null!;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        _host.Control.Step(2600);
        _source = new BinanceUsSource(_host.BaseUrl, TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _source.Dispose();

    [Fact]
    public async Task GetBars_ThreePages_ComesBackWholeSortedAndWithoutDuplicates()
    {
        var range = new TimeRange(FirstMinute, FirstMinute + TimeSpan.FromMinutes(2500));
        var bars = await _source.GetBarsAsync(Btc, range, CancellationToken.None);

        Assert.Equal(2500, bars.Count);
        Assert.Equal(FirstMinute, bars.Times[0]);
        Assert.Equal(FirstMinute + TimeSpan.FromMinutes(2499), bars.Times[^1]);
        Assert.True(_source.UsedWeight > 0);
    }

    [Fact]
    public async Task GetBars_RateLimitedOnce_WaitsRetryAfterAndSucceeds()
    {
        _host.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 429, RetryAfterSeconds = 1, Path = "/api/v3/klines" });

        var bars = await _source.GetBarsAsync(Btc, new TimeRange(FirstMinute, FirstMinute + TimeSpan.FromMinutes(10)), CancellationToken.None);

        Assert.Equal(10, bars.Count);
    }

    [Fact]
    public async Task GetBars_Banned_StopsWithAClearError()
    {
        _host.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 418, RetryAfterSeconds = 120, Path = "/api/v3/klines" });

        var error = await Assert.ThrowsAsync<DataException>(() => _source.GetBarsAsync(Btc, new TimeRange(FirstMinute, FirstMinute + TimeSpan.FromMinutes(10)), CancellationToken.None));

        Assert.Contains("418", error.Message, StringComparison.Ordinal);
        Assert.Contains("binanceus/BTCUSDT/1m", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FaultKind.MalformedBody, 0)]
    [InlineData(FaultKind.Status, 503)]
    public async Task GetBars_OneBadAnswer_IsRetriedAndSucceeds(FaultKind kind, int status)
    {
        _host.Control.AddFault(new FaultRule { Kind = kind, Status = status == 0 ? 503 : status, Path = "/api/v3/klines" });

        var bars = await _source.GetBarsAsync(Btc, new TimeRange(FirstMinute, FirstMinute + TimeSpan.FromMinutes(10)), CancellationToken.None);

        Assert.Equal(10, bars.Count);
    }

    [Fact]
    public async Task GetBars_MalformedEveryTime_FailsNamingTheSeriesAndTheProblem()
    {
        _host.Control.AddFault(new FaultRule { Kind = FaultKind.MalformedBody, Path = "/api/v3/klines", Count = 10 });

        var error = await Assert.ThrowsAsync<DataException>(() => _source.GetBarsAsync(Btc, new TimeRange(FirstMinute, FirstMinute + TimeSpan.FromMinutes(10)), CancellationToken.None));

        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("binanceus/BTCUSDT/1m", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBars_UnsupportedInterval_IsRefusedBeforeAnyRequest()
    {
        var key = Btc with { Interval = new BarInterval(7, BarUnit.Minute) };
        var error = await Assert.ThrowsAsync<DataException>(() => _source.GetBarsAsync(key, new TimeRange(FirstMinute, FirstMinute + TimeSpan.FromHours(1)), CancellationToken.None));
        Assert.Contains("no 7m klines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamBars_DropWhileBarsClose_ReconnectsAndBackfillsEveryBarOnceInOrder()
    {
        using var live = new BinanceUsSource(_host.BaseUrl, TimeSpan.FromSeconds(5), streamUrl: _host.StreamUrl) { ReconnectDelay = TimeSpan.FromMilliseconds(50) };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var received = new List<long>();
        var reader = Task.Run(async () =>
        {
            await foreach (var bar in live.StreamBarsAsync([Btc], stop.Token))
            {
                lock (received)
                {
                    received.Add(bar.Bar.Time.ToUnixMilliseconds());
                }
            }
        });

        await WaitUntil(() => _host.Control.StreamCountOf("binance-market") == 1);
        _host.Control.Step(3);                      // 3 bars arrive live
        await WaitUntil(() => Count(received) == 3);
        _host.Control.StreamsDown = true;           // the connection drops; 4 bars close while we are away
        _host.Control.Step(4);
        _host.Control.StreamsDown = false;
        await WaitUntil(() => Count(received) == 7); // back-filled over REST after the reconnect
        await WaitUntil(() => _host.Control.StreamCountOf("binance-market") == 1);
        _host.Control.Step(1);                      // and live again
        await WaitUntil(() => Count(received) == 8);
        await stop.CancelAsync();
        await reader.ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.True(live.Connections >= 2);
        Assert.Equal(received.Distinct().Order(), received);
        Assert.All(received.Zip(received.Skip(1)), p => Assert.Equal(60_000, p.Second - p.First));
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
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "timed out waiting");
    }
}
