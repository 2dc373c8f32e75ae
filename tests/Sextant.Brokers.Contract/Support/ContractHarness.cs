using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Orders;

namespace Sextant.Brokers.Contract.Support;

/// <summary>An OrderManager on a queued broker with its own simulated clock; books every fill in a real portfolio and records status changes.</summary>
public sealed class ContractHarness : IOrderListener
{
    public static readonly ExecutionConfig Execution = new() { StaleAfter = TimeSpan.FromMinutes(1), AckTimeout = TimeSpan.FromSeconds(5), ReplaceWithMarket = true };
    private long _sequence;

    public ContractHarness(IContractVenue venue)
    {
        Venue = venue;
        Broker = new QueuedBroker(venue.Broker, venue.SynchronousEvents);
        Manager = new OrderManager(Broker, Execution, Clock, strict: true);
        Manager.AddListener(this);
        Portfolio.AddInstrument(venue.Symbol, venue.AssetClass);
    }

    /// <summary>The accounting core the engine books fills in (quote cash 1,000,000).</summary>
    public Sextant.Portfolio.Portfolio Portfolio { get; } = new(new Asset("USD"), 1_000_000m);

    public IContractVenue Venue { get; }

    public QueuedBroker Broker { get; }

    public OrderManager Manager { get; }

    public SimulatedClock Clock { get; } = new(UnixNanos.FromDateTimeOffset(DateTimeOffset.UtcNow));

    public List<Fill> Fills { get; } = [];

    public List<(ClientOrderId Id, OrderStatus Status)> Updates { get; } = [];

    public Task<Order> SubmitAsync(OrderSide side, decimal quantity, decimal? limit = null)
    {
        var signal = new Signal(Venue.Symbol, side == OrderSide.Buy ? SignalAction.Buy : SignalAction.Sell, Venue.AssetClass, new StrategyId("contract"), Clock.Now, quantity: quantity);
        var ticket = new OrderTicket(signal, ++_sequence, 0, side, new Quantity(quantity), limit is null ? OrderType.Market : OrderType.Limit,
            limit is null ? null : new Price(limit.Value), Venue.AssetClass == AssetClass.Equity ? TimeInForce.Day : TimeInForce.Gtc);
        return Manager.SubmitAsync(ticket, CancellationToken.None).AsTask();
    }

    /// <summary>Pumps events (running <paramref name="each"/> first on every round) until <paramref name="condition"/> holds; fails after 10 s.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, Func<Task>? each = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (each is not null)
            {
                await each();
            }

            Broker.Pump();
            if (condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}; orders: {string.Join("; ", Manager.AllOrders)}");
            }

            await Task.Delay(5);
        }
    }

    public void OnFill(Order order, Fill fill)
    {
        Fills.Add(fill);
        Portfolio.Apply(fill);
    }

    public void OnOrderUpdated(Order order) => Updates.Add((order.Id, order.Status));
}
