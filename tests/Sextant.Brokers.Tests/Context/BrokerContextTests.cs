using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Instruments;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;

namespace Sextant.Brokers.Tests.Context;

using Portfolio = Sextant.Portfolio.Portfolio;

/// <summary>The signal → order path of one broker, against the real simulated venue (bars drive the fills).</summary>
public sealed class BrokerContextTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private static readonly StrategyId Strategy = new("pair");
    private const long Minute = 60_000_000_000L;
    private readonly SimulatedClock _clock = new(new UnixNanos(Minute));
    private readonly SimulatedVenue _venue;
    private readonly BrokerContext _context;

    public BrokerContextTests()
    {
        var backtesting = new BacktestingConfig
        {
            SlippageBps = 0m,
            CommissionBps = 0m,
            Instruments = new Dictionary<string, InstrumentConfig> { ["BTCUSDT"] = new() { LotSize = 0.001m, MinNotional = 10m } },
        };
        var options = SimulatedVenueOptions.FromConfig(backtesting, new Asset("USDT"), 100_000m);
        _venue = new SimulatedVenue(new BrokerId("sim"), options, _clock);
        var portfolio = new Portfolio(new Asset("USDT"), 100_000m);
        portfolio.AddInstrument(Btc, AssetClass.Crypto);
        var orders = new OrderManager(_venue, new ExecutionConfig(), _clock, strict: true);
        var risk = new PreTradeRisk(new RiskConfig { MaxOrderNotional = 50_000m, MaxPositionNotional = 60_000m, MaxOrdersPerMinute = null }, _clock);
        _context = new BrokerContext(_venue, portfolio, orders, options.Instruments, risk);
        Bar(1, 20_000);
    }

    private void Bar(int minute, double price)
    {
        _clock.AdvanceTo(new UnixNanos(minute * Minute));
        _venue.OnBar(Btc, new Bar(new UnixNanos(minute * Minute), price, price, price, price, 1_000));
    }

    private static Signal Target(decimal quantity, int minute) =>
        new(Btc, SignalAction.Target, AssetClass.Crypto, Strategy, new UnixNanos(minute * Minute), targetQuantity: quantity);

    private async Task<PlaceResult> Place(decimal target, int minute = 1) =>
        await _context.PlaceOrderAsync(Target(target, minute), 20_000m, CancellationToken.None);

    [Fact]
    public async Task PlaceOrder_TargetTwice_CountsTheOpenOrderAndSendsNothingMore()
    {
        var first = await Place(0.5m);
        var second = await Place(0.5m);

        Assert.Equal(OrderSide.Buy, first.Order!.Side);
        Assert.Equal(0.5m, first.Order.Quantity.Value);
        Assert.Equal(PlaceResult.Nothing, second);
        Assert.Single(_context.Orders.AllOrders);
    }

    [Fact]
    public async Task PlaceOrder_Filled_BooksTheFillInThePortfolio()
    {
        await Place(0.5m);
        Bar(2, 20_100);

        Assert.Equal(0.5m, _context.Portfolio.PositionOf(Strategy, Btc)!.Quantity);
        Assert.Equal(100_000m - (0.5m * 20_100m), _context.Portfolio.Cash);
    }

    [Fact]
    public async Task PlaceOrder_BelowMinimumNotional_IsRefusedWithTheReasonAndNotSent()
    {
        var result = await Place(0.0004m); // rounds to 0 lots: nothing; 0.0009 rounds to 0 too
        Assert.Equal(PlaceResult.Nothing, result);

        var dust = await Place(0.0001m + 0.0004m);
        Assert.Equal(PlaceResult.Nothing, dust);

        var small = await _context.PlaceOrderAsync(Target(0.001m, 1), 5_000m, CancellationToken.None); // 0.001 × 5000 = 5 < 10
        Assert.True(small.Refused);
        Assert.Equal(RejectReason.MinNotional, small.Reason);
        Assert.Empty(_context.Orders.AllOrders);
    }

    [Fact]
    public async Task PlaceOrder_OverTheOrderNotionalLimit_IsRefused()
    {
        var result = await Place(3m); // 3 × 20 000 = 60 000 > 50 000

        Assert.True(result.Refused);
        Assert.Equal(RejectReason.RiskLimit, result.Reason);
        Assert.Contains("max_order_notional", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceOrder_KillSwitchTripped_RefusesNewRiskButLetsThePositionShrink()
    {
        await Place(2m);
        Bar(2, 20_000);
        _context.Risk.Trip("test");

        var more = await Place(2.5m, 2);
        var flip = await Place(-1m, 2);
        var reduce = await Place(0.5m, 2);

        Assert.Equal(RejectReason.KillSwitch, more.Reason);
        Assert.Equal(RejectReason.KillSwitch, flip.Reason);
        Assert.False(reduce.Refused);
        Assert.Equal((OrderSide.Sell, 1.5m), (reduce.Order!.Side, reduce.Order.Quantity.Value));
    }

    [Fact]
    public async Task PlaceOrder_ClientOrderIds_AreDeterministicPerStrategyAndSignal()
    {
        var a = await Place(0.5m);
        Bar(2, 20_000);
        var b = await Place(0m, 2);

        Assert.Equal(ClientOrderIds.Create(Strategy, 1, 0, 0), a.Order!.Id);
        Assert.Equal(ClientOrderIds.Create(Strategy, 2, 0, 0), b.Order!.Id);
    }

    [Fact]
    public async Task Sync_AfterFills_ReportsNoDifferences()
    {
        await Place(0.5m);
        Bar(2, 20_100);

        var report = await _context.SyncAsync(CancellationToken.None);

        Assert.True(report.Clean, string.Join("; ", report.Positions));
        Assert.Equal(0, report.MissedFills);
    }
}
