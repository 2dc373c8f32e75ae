using Sextant.Brokers.Simulated.Models;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Instruments;
using Sextant.Execution.Orders;

namespace Sextant.Brokers.Simulated.Tests.Support;

/// <summary>A simulated venue, its order manager and a clock, wired as the backtester wires them; records what listeners hear.</summary>
internal sealed class VenueHarness : IOrderListener
{
    public static readonly Symbol Btc = new("BTCUSDT");
    private long _sequence;

    public VenueHarness(BacktestingConfig? backtesting = null, ExecutionConfig? execution = null, InstrumentCatalog? instruments = null)
    {
        var options = SimulatedVenueOptions.FromConfig(backtesting ?? new BacktestingConfig { SlippageBps = 0, CommissionBps = 0 }, new Asset("USDT"), 100_000m);
        if (instruments is not null)
        {
            options = options with { Instruments = instruments };
        }

        Venue = new SimulatedVenue(new BrokerId("sim"), options, Clock);
        Manager = new OrderManager(Venue, execution ?? new ExecutionConfig(), Clock, strict: true);
        Manager.AddListener(this);
        Index = Venue.Register(Btc);
    }

    public SimulatedClock Clock { get; } = new(UnixNanos.FromUnixMilliseconds(1_679_004_900_000));

    public SimulatedVenue Venue { get; }

    public OrderManager Manager { get; }

    public int Index { get; }

    public List<Fill> Fills { get; } = [];

    public List<(ClientOrderId Id, OrderStatus Status)> Updates { get; } = [];

    /// <summary>Bar <paramref name="minute"/> minutes after the start: the clock moves to its close, then the venue sees it.</summary>
    public void Bar(int minute, double open, double high, double low, double close, double volume = 1_000)
    {
        var time = UnixNanos.FromUnixMilliseconds(1_679_004_900_000 + (minute * 60_000L));
        Clock.AdvanceTo(time);
        Venue.OnBar(Index, new Bar(time, open, high, low, close, volume));
    }

    public Order Submit(OrderSide side, decimal quantity, OrderType type = OrderType.Market, decimal? limit = null)
    {
        var signal = new Signal(Btc, side == OrderSide.Buy ? SignalAction.Buy : SignalAction.Sell, AssetClass.Crypto, new StrategyId("test"), Clock.Now, quantity: quantity);
        var ticket = new OrderTicket(signal, ++_sequence, 0, side, new Quantity(quantity), type, limit is null ? null : new Price(limit.Value));
        var pending = Manager.SubmitAsync(ticket, CancellationToken.None);
        return pending.IsCompletedSuccessfully
            ? pending.Result
            : throw new InvalidOperationException("the simulated venue must answer synchronously");
    }

    public void OnFill(Order order, Fill fill) => Fills.Add(fill);

    public void OnOrderUpdated(Order order) => Updates.Add((order.Id, order.Status));
}
