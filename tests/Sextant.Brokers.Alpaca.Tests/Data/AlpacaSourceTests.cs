using Sextant.Brokers.Alpaca.Data;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Sources;
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
        _host.Control.Step(1539);
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

        Assert.True(a.Count > 1000, $"{a.Count} bars");
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
    public async Task GetBars_UnsupportedInterval_IsRefusedBeforeAnyRequest()
    {
        using var source = Source();
        var error = await Assert.ThrowsAsync<DataException>(() => source.GetBarsAsync(Spy with { Interval = new BarInterval(2, BarUnit.Day) }, TwoDays, CancellationToken.None));
        Assert.Contains("no 2d bars", error.Message, StringComparison.Ordinal);
    }
}
