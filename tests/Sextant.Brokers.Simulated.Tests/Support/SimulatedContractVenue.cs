using Sextant.Brokers.Contract;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;
using Sextant.Execution.Instruments;

namespace Sextant.Brokers.Simulated.Tests.Support;

/// <summary>
/// The simulated venue for the broker contract, driven by bars: market orders fill on submit at the last close (the
/// close fill model), a counterparty trade is a bar that reaches the limit with exactly that much volume (volume cap 1).
/// Races and lost answers are staged by a thin wrapper, since the venue itself answers synchronously.
/// </summary>
internal sealed class SimulatedContractVenue : IContractVenue, IBroker
{
    private readonly SimulatedVenue _venue;
    private bool _race;
    private bool _dropAnswer;

    public SimulatedContractVenue()
    {
        var catalog = new InstrumentCatalog();
        catalog.Set(new InstrumentRules(Symbol, LotSize: 0.001m, TickSize: 0.01m));
        var options = SimulatedVenueOptions.FromConfig(
            new BacktestingConfig { FillModel = FillModel.Close, SlippageBps = 0, CommissionBps = 0, VolumeCap = 1.0 }, new Asset("USDT"), 100_000m) with { Instruments = catalog };
        _venue = new SimulatedVenue(new BrokerId("sim"), options, TimeProvider.System);
        Bar(25_000, 1_000_000, UnixNanos.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)));
    }

    public IBroker Broker => this;

    public BrokerId Id => _venue.Id;

    public bool SynchronousEvents => true;

    public Symbol Symbol { get; } = new("BTCUSDT");

    public AssetClass AssetClass => AssetClass.Crypto;

    public decimal Price { get; private set; } = 25_000m;

    public decimal Quantity => 0.01m;

    public decimal OffLotQuantity => 0.0005m;

    public decimal UnaffordableQuantity => 1_000m;

    public decimal OnTick(decimal price) => decimal.Round(price, 2);

    public Task TradeAsync(ClientOrderId id, decimal quantity, decimal price)
    {
        Bar((double)price, (double)quantity, Later);
        return Task.CompletedTask;
    }

    public void ArmCancelRace() => _race = true;

    public void DropNextSubmitResponse() => _dropAnswer = true;

    public Task StreamDownAsync() => throw new NotSupportedException("the simulated venue has no stream");

    public Task StreamUpAsync() => throw new NotSupportedException("the simulated venue has no stream");

    public void Connect(IExecutionEventSink sink) => _venue.Connect(sink);

    public async ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken)
    {
        var result = await _venue.SubmitAsync(order, cancellationToken);
        if (_dropAnswer)
        {
            _dropAnswer = false;
            return SubmitResult.Unknown("answer lost (staged)");
        }

        return result;
    }

    public ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken)
    {
        if (_race && order.LimitPrice is { } limit)
        {
            // The market reaches the order before the cancel does.
            _race = false;
            Bar((double)limit.Value, (double)order.Quantity.Value, Later);
        }

        return _venue.CancelAsync(order, cancellationToken);
    }

    public ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken) => _venue.QueryAsync(id, symbol, cancellationToken);

    public ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken) => _venue.GetOpenOrdersAsync(cancellationToken);

    public ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken) => _venue.GetAccountAsync(cancellationToken);

    public ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken) => _venue.GetFillsAsync(since, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // Later than any order the harness creates (its clock starts now and moves minutes at most).
    private static UnixNanos Later => UnixNanos.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1));

    private void Bar(double price, double volume, UnixNanos time) => _venue.OnBar(Symbol, new Bar(time, price, price, price, price, volume));
}
