using Sextant.Brokers.Alpaca.Broker;
using Sextant.Brokers.Alpaca.Tests.Support;
using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Errors;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Emulator;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Alpaca.Tests.Broker;

public sealed class AlpacaBrokerTests
{
    private static Order NewOrder(string id, decimal quantity = 1m, decimal? limit = null) =>
        Order.Create(new ClientOrderId(id), new StrategyId("unit"), new BrokerId("alpaca"), new Symbol("SPY"), AssetClass.Equity, OrderSide.Buy,
            limit is null ? OrderType.Market : OrderType.Limit, new Quantity(quantity), limit is null ? null : new Price(limit.Value), TimeInForce.Day,
            UnixNanos.FromDateTimeOffset(DateTimeOffset.UtcNow));

    [Fact]
    public async Task Submit_MarketClosedWithRejectPolicy_IsRejectedWithoutSending()
    {
        await using var venue = await AlpacaVenue.StartAsync(MarketClosedPolicy.Reject);
        venue.Host.Control.MarketOpen = false;

        var result = await venue.Adapter.SubmitAsync(NewOrder("mc-1"), CancellationToken.None);

        Assert.Equal((SubmitOutcome.Rejected, RejectReason.MarketClosed), (result.Outcome, result.Reason));
        Assert.Null(venue.Host.Control.OrderStatus("mc-1"));
    }

    [Fact]
    public async Task Submit_MarketClosedWithHoldPolicy_IsQueuedAtTheVenueUntilTheOpen()
    {
        await using var venue = await AlpacaVenue.StartAsync(MarketClosedPolicy.Hold);
        venue.Host.Control.MarketOpen = false;

        var result = await venue.Adapter.SubmitAsync(NewOrder("mh-1"), CancellationToken.None);

        Assert.Equal(SubmitOutcome.Accepted, result.Outcome);
        Assert.Equal("accepted", venue.Host.Control.OrderStatus("mh-1"));
        venue.Host.Control.MarketOpen = true;
        Assert.Equal("filled", venue.Host.Control.OrderStatus("mh-1"));
    }

    [Fact]
    public async Task Start_VenueAnswersWithARedirect_IsNotFollowed_SoTheKeyHeadersGoNowhereElse()
    {
        await using var trap = await Sextant.Tests.Shared.RedirectTrap.StartAsync();
        await using var sut = new AlpacaBroker(new AlpacaOptions("redirect-trap-key-id", "redirect-trap-secret") { BaseUrl = trap.Url, Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);

        var error = await Assert.ThrowsAsync<BrokerException>(() => sut.StartAsync(CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("HTTP 307 redirect to http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not followed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("redirect-trap-secret", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(trap.Reached);
    }

    [Fact]
    public async Task Start_WrongSecret_FailsAsANonTransientAuthError()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, Speed = 0 });
        await using var sut = new AlpacaBroker(new AlpacaOptions(host.Options.Key, "wrong-secret-value") { BaseUrl = host.BaseUrl }, TimeProvider.System);

        var error = await Assert.ThrowsAsync<BrokerException>(() => sut.StartAsync(CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_AfterABuy_ShowsCashAndThePosition()
    {
        await using var venue = await AlpacaVenue.StartAsync();
        await venue.Adapter.SubmitAsync(NewOrder("acc-1", 3m), CancellationToken.None);

        var account = await venue.Adapter.GetAccountAsync(CancellationToken.None);

        Assert.Equal(98_800m, Assert.Single(account.Balances).Total);
        Assert.Equal(new VenuePosition(new Symbol("SPY"), 3m, 400m), Assert.Single(account.Positions));
    }
}
