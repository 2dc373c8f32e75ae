using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sextant.Brokers.BinanceUs.Broker;
using Sextant.Brokers.BinanceUs.Tests.Support;
using Sextant.Core.Amounts;
using Sextant.Core.Errors;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Emulator;
using Sextant.Emulator.Faults;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.BinanceUs.Tests.Broker;

public sealed class BinanceUsBrokerTests
{
    private static readonly UnixNanos Now = UnixNanos.FromDateTimeOffset(DateTimeOffset.UtcNow);

    private static Order NewOrder(string id, OrderType type = OrderType.Limit, decimal quantity = 0.01m, decimal? limit = 24_000m) =>
        Order.Create(new ClientOrderId(id), new StrategyId("unit"), new BrokerId("binanceus"), new Symbol("BTCUSDT"), AssetClass.Crypto, OrderSide.Buy,
            type, new Quantity(quantity), limit is null ? null : new Price(limit.Value), TimeInForce.Gtc, Now);

    [Fact]
    public async Task GetAccount_VenueClockJumpsAhead_ResyncsOnMinus1021AndSucceeds()
    {
        await using var venue = await BinanceVenue.StartAsync();
        venue.Host.Control.ClockSkew = TimeSpan.FromSeconds(30);

        var account = await venue.Adapter.GetAccountAsync(CancellationToken.None);

        Assert.Contains(account.Balances, b => b.Asset.Value == "USDT" && b.Free == 100_000m);
        Assert.InRange(venue.Adapter.ClockOffsetMs, 29_000, 31_000);
    }

    [Fact]
    public async Task Submit_PriceOffTheTick_IsRejectedWithoutSendingAnything()
    {
        await using var venue = await BinanceVenue.StartAsync();
        var weight = venue.Adapter.UsedWeight;

        var result = await venue.Adapter.SubmitAsync(NewOrder("tick-1", limit: 24_000.005m), CancellationToken.None);

        Assert.Equal((SubmitOutcome.Rejected, RejectReason.TickSize), (result.Outcome, result.Reason));
        Assert.Contains("PRICE_FILTER", result.Message, StringComparison.Ordinal);
        Assert.Equal(weight, venue.Adapter.UsedWeight);
        Assert.Null(venue.Host.Control.OrderStatus("tick-1"));
    }

    [Fact]
    public async Task Submit_Http503_IsUnknownNotRejected()
    {
        await using var venue = await BinanceVenue.StartAsync();
        venue.Host.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 503, Path = "/api/v3/order" });

        var result = await venue.Adapter.SubmitAsync(NewOrder("u-1"), CancellationToken.None);

        Assert.Equal(SubmitOutcome.Unknown, result.Outcome);
    }

    [Fact]
    public async Task Submit_Http429_IsRateLimitedAndBacksOffWithoutCallingTheVenue()
    {
        await using var venue = await BinanceVenue.StartAsync();
        venue.Host.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 429, RetryAfterSeconds = 30, Path = "/api/v3/order" });

        var first = await venue.Adapter.SubmitAsync(NewOrder("rl-1"), CancellationToken.None);
        var second = await venue.Adapter.SubmitAsync(NewOrder("rl-2"), CancellationToken.None);

        Assert.Equal(RejectReason.RateLimited, first.Reason);
        Assert.Equal(RejectReason.RateLimited, second.Reason);
        Assert.Contains("no request sent", second.Message, StringComparison.Ordinal);
        Assert.Null(venue.Host.Control.OrderStatus("rl-2"));
    }

    [Fact]
    public async Task AnyCall_Http418_StopsHardWithTheBanEnd()
    {
        await using var venue = await BinanceVenue.StartAsync();
        venue.Host.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 418, RetryAfterSeconds = 120, Path = "/api/v3/account" });

        var banned = await Assert.ThrowsAsync<BrokerException>(() => venue.Adapter.GetAccountAsync(CancellationToken.None).AsTask());
        var still = await Assert.ThrowsAsync<BrokerException>(() => venue.Adapter.SubmitAsync(NewOrder("b-1"), CancellationToken.None).AsTask());

        Assert.False(banned.IsTransient);
        Assert.Contains("banned", banned.Message, StringComparison.Ordinal);
        Assert.Contains("until", still.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_DuplicatedEvents_ReachTheSinkOnce()
    {
        await using var venue = await BinanceVenue.StartAsync();
        var sink = new RecordingSink();
        venue.Adapter.Connect(sink);
        venue.Host.Control.DuplicateEvents = true;

        await venue.Adapter.SubmitAsync(NewOrder("dup-1", OrderType.Market, limit: null), CancellationToken.None);

        await Eventually(() => sink.Events.Count >= 2);
        await Task.Delay(100);
        Assert.Single(sink.Events.OfType<OrderFilled>());
        Assert.Single(sink.Events.OfType<OrderAccepted>());
    }

    [Fact]
    public async Task Start_ThirtyMinutesLater_RenewsTheListenKey()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var venue = await BinanceVenue.StartAsync(time);

        time.Advance(TimeSpan.FromMinutes(30));

        await Eventually(() => venue.Host.Control.ListenKeyKeepAlives == 1);
    }

    [Fact]
    public async Task Fees_AndFills_AreExactDecimals()
    {
        await using var venue = await BinanceVenue.StartAsync();
        venue.Adapter.Connect(new RecordingSink());
        await venue.Adapter.SubmitAsync(NewOrder("f-1", OrderType.Market, 0.01234m, null), CancellationToken.None);

        var fees = await venue.Adapter.GetTradingFeesAsync(new Symbol("BTCUSDT"), CancellationToken.None);
        var fill = Assert.Single(await venue.Adapter.GetFillsAsync(Now - TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(new TradingFee(new Symbol("BTCUSDT"), 0.001m, 0.001m), Assert.Single(fees));
        Assert.Equal((0.01234m, 25_000m, 0.00001234m, "BTC"), (fill.Quantity.Value, fill.Price.Value, fill.Fee.Amount, fill.Fee.Asset.Value));
    }

    [Fact]
    public async Task Logs_AndErrors_NeverContainTheKeyOrSecret()
    {
        const string key = "KEY-visible-only-to-this-test-8f2c";
        const string secret = "SECRET-visible-only-to-this-test-91ab";
        var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var messages = new List<string>();
        await using (var venue = await BinanceVenue.StartAsync(logs: factory, emulator: new EmulatorOptions { Port = 0, Speed = 0, Key = key, Secret = secret, LoggerFactory = factory }))
        {
            venue.Adapter.Connect(new RecordingSink());
            venue.Host.Control.ClockSkew = TimeSpan.FromSeconds(20);
            venue.Host.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 500, Path = "/api/v3/order" });
            messages.Add((await venue.Adapter.SubmitAsync(NewOrder("k-1"), CancellationToken.None)).Message ?? string.Empty);
            messages.Add((await venue.Adapter.SubmitAsync(NewOrder("k-2", quantity: 0.000015m), CancellationToken.None)).Message ?? string.Empty);
            venue.Host.Control.DropStreams();
            venue.Host.Control.AddFault(new FaultRule { Kind = FaultKind.Status, Status = 418, Path = "/api/v3/account" });
            messages.Add((await Assert.ThrowsAsync<BrokerException>(() => venue.Adapter.GetAccountAsync(CancellationToken.None).AsTask())).ToString());
            messages.Add(venue.Adapter.ToString()!);
        }

        var bad = new BinanceUsBroker(new BinanceUsOptions(key, secret) { BaseUrl = new Uri("http://127.0.0.1:9/"), Timeout = TimeSpan.FromSeconds(2) }, TimeProvider.System);
        messages.Add((await Assert.ThrowsAnyAsync<Exception>(() => bad.StartAsync(CancellationToken.None))).ToString());
        messages.Add(new BinanceUsOptions(key, secret).ToString());
        await bad.DisposeAsync();

        var all = string.Join('\n', logs.Lines.Concat(messages));
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(key, all, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_VenueAnswersWithARedirect_IsNotFollowed_SoTheKeyAndASignedRequestGoNowhereElse()
    {
        const string key = "redirect-trap-api-key";
        await using var trap = await Sextant.Tests.Shared.RedirectTrap.StartAsync();
        await using var sut = new BinanceUsBroker(new BinanceUsOptions(key, "redirect-trap-secret") { BaseUrl = trap.Url, Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);

        var error = await Assert.ThrowsAsync<BrokerException>(() => sut.StartAsync(CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("HTTP 307 redirect to http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not followed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(trap.Reached);
    }

    internal static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class RecordingSink : IExecutionEventSink
    {
        public System.Collections.Concurrent.ConcurrentQueue<OrderEvent> Events { get; } = new();

        public void OnOrderEvent(OrderEvent orderEvent) => Events.Enqueue(orderEvent);
    }
}
