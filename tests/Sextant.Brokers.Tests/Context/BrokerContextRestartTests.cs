using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;

namespace Sextant.Brokers.Tests.Context;

using Portfolio = Sextant.Portfolio.Portfolio;

/// <summary>What the engine needs of a broker context across restarts and venue refusals: sequences continue, a balance refusal is not retried, limit orders by config.</summary>
public sealed class BrokerContextRestartTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly StrategyId Strategy = new("pair");
    private const long Minute = 60_000_000_000L;
    private readonly SimulatedClock _clock = new(new UnixNanos(Minute));

    private (BrokerContext Context, SimulatedVenue Venue) Build(ExecutionConfig? execution = null, IBroker? broker = null)
    {
        var options = SimulatedVenueOptions.FromConfig(new BacktestingConfig { SlippageBps = 0m, CommissionBps = 0m }, new Asset("USDT"), 100_000m);
        var venue = new SimulatedVenue(new BrokerId("sim"), options, _clock);
        var portfolio = new Portfolio(new Asset("USDT"), 100_000m);
        portfolio.AddInstrument(Btc, AssetClass.Crypto);
        var orders = new OrderManager(broker ?? venue, execution ?? new ExecutionConfig(), _clock, strict: true);
        var risk = new PreTradeRisk(new RiskConfig { MaxOrderNotional = null, MaxPositionNotional = null, MaxOrdersPerMinute = null }, _clock);
        venue.OnBar(Btc, new Bar(new UnixNanos(Minute), 20_000, 20_000, 20_000, 20_000, 1_000));
        return (new BrokerContext(broker ?? venue, portfolio, orders, options.Instruments, risk), venue);
    }

    private static Signal Target(decimal quantity) => new(Btc, SignalAction.Target, AssetClass.Crypto, Strategy, new UnixNanos(Minute), targetQuantity: quantity);

    [Fact]
    public async Task ResumeSequence_AfterTheJournalsLast_NextOrderIdContinuesAfterIt()
    {
        var (sut, _) = Build();
        sut.ResumeSequence(Strategy, 0x2a);

        var placed = await sut.PlaceOrderAsync(Target(0.1m), 20_000m, CancellationToken.None);

        Assert.Equal("pair-2b-0-0", placed.Order!.Id.Value);
        Assert.Equal(0x2b, sut.LastSequence(Strategy));
    }

    [Fact]
    public void ResumeSequence_LowerThanTheCurrent_NeverMovesBack()
    {
        var (sut, _) = Build();
        sut.ResumeSequence(Strategy, 9);

        sut.ResumeSequence(Strategy, 3);

        Assert.Equal(9, sut.LastSequence(Strategy));
    }

    [Fact]
    public async Task PlaceOrder_ExecutionOrderTypeLimit_SendsALimitAtTheOffsetPrice()
    {
        var (sut, _) = Build(new ExecutionConfig { OrderType = ExecutionOrderType.Limit, LimitOffsetBps = -50m });

        var placed = await sut.PlaceOrderAsync(Target(0.1m), 20_000m, CancellationToken.None);

        Assert.Equal(OrderType.Limit, placed.Order!.OrderType);
        Assert.Equal(19_900m, placed.Order.LimitPrice!.Value.Value); // 50 bps below for a passive buy
    }

    [Fact]
    public async Task PlaceOrder_AfterTheVenueRefusedForBalance_RefusesWithoutAskingUntilAFill()
    {
        var venue = new BalanceRefusingVenue();
        var (sut, _) = Build(broker: venue);

        var first = await sut.PlaceOrderAsync(Target(1m), 20_000m, CancellationToken.None);
        var second = await sut.PlaceOrderAsync(Target(2m), 20_000m, CancellationToken.None);

        Assert.Equal(OrderStatus.Rejected, first.Order!.Status);
        Assert.Equal(RejectReason.InsufficientBalance, second.Reason);
        Assert.Equal(1, venue.Submits);
        Assert.Contains((Strategy, Btc), sut.BalanceBlocked.Keys);
    }

    [Fact]
    public async Task PlaceOrder_AfterABalanceRefusal_ReducingOrdersStillGo()
    {
        var venue = new BalanceRefusingVenue();
        var (sut, _) = Build(broker: venue);
        await sut.PlaceOrderAsync(Target(1m), 20_000m, CancellationToken.None);

        var reduce = await sut.PlaceOrderAsync(Target(-0m), 20_000m, CancellationToken.None);

        Assert.Equal(PlaceResult.Nothing, reduce); // flat already: nothing to do, and not refused for balance
    }

    /// <summary>A venue edge that refuses every new order for balance, as a venue answers when the account lacks the funds.</summary>
    private sealed class BalanceRefusingVenue : IBroker
    {
        public int Submits { get; private set; }

        public BrokerId Id { get; } = new("sim");

        public void Connect(IExecutionEventSink sink)
        {
        }

        public ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken)
        {
            Submits++;
            return ValueTask.FromResult(SubmitResult.Rejected(RejectReason.InsufficientBalance, "-2010 Account has insufficient balance for requested action."));
        }

        public ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken) => ValueTask.FromResult(CancelResult.Refused("none"));

        public ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken) => ValueTask.FromResult<OrderReport?>(null);

        public ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<OrderReport>>([]);

        public ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new AccountState([], []));

        public ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<Fill>>([]);
    }
}
