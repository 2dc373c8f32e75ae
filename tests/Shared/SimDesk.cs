using Microsoft.Extensions.Logging;
using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;

namespace Sextant.Tests.Shared;

using Portfolio = Sextant.Portfolio.Portfolio;

/// <summary>
/// One broker made of the real parts: a simulated venue, a portfolio, an order manager and a broker context, on a
/// simulated clock. Bars drive fills exactly as in a backtest or a paper run. Linked into the test projects that need
/// real orders, fills and portfolios (dashboard, metrics, alerts).
/// </summary>
internal sealed class SimDesk
{
    public const long Minute = 60_000_000_000L;
    private static long _signalTime = Minute;

    public SimDesk(string broker, string quote, decimal cash, SimulatedClock clock, params (string Symbol, AssetClass AssetClass)[] instruments)
        : this(broker, quote, cash, clock, null, instruments)
    {
    }

    public SimDesk(string broker, string quote, decimal cash, SimulatedClock clock, ILoggerFactory? logs, params (string Symbol, AssetClass AssetClass)[] instruments)
    {
        Clock = clock;
        var backtesting = new BacktestingConfig
        {
            SlippageBps = 0m,
            CommissionBps = 10m,
            Instruments = instruments.ToDictionary(i => i.Symbol, _ => new InstrumentConfig { LotSize = 0.0001m, MinNotional = 1m }),
        };
        var options = SimulatedVenueOptions.FromConfig(backtesting, new Asset(quote), cash);
        Venue = new SimulatedVenue(new BrokerId(broker), options, clock);
        Portfolio = new Portfolio(new Asset(quote), cash);
        foreach (var (symbol, assetClass) in instruments)
        {
            Portfolio.AddInstrument(new Symbol(symbol), assetClass);
        }

        Orders = new OrderManager(Venue, new ExecutionConfig(), clock, strict: true, logs?.CreateLogger<OrderManager>());
        Risk = new PreTradeRisk(new RiskConfig { MaxOrdersPerMinute = null, MaxOrderNotional = null, MaxPositionNotional = null, MaxDrawdown = null }, clock);
        Context = new BrokerContext(Venue, Portfolio, Orders, options.Instruments, Risk, logs?.CreateLogger<BrokerContext>());
    }

    public SimulatedClock Clock { get; }

    public SimulatedVenue Venue { get; }

    public Portfolio Portfolio { get; }

    public OrderManager Orders { get; }

    public PreTradeRisk Risk { get; }

    public BrokerContext Context { get; }

    public BrokerId Id => Venue.Id;

    /// <summary>A bar at <paramref name="price"/> for <paramref name="symbol"/> now: working orders trade against it and the portfolio is marked.</summary>
    public void Bar(string symbol, double price)
    {
        var bar = new Bar(Clock.Now, price, price, price, price, 1_000_000);
        Venue.OnBar(new Symbol(symbol), in bar);
        Portfolio.Mark(new Symbol(symbol), (decimal)price);
    }

    /// <summary>Asks for a target position; a market order fills on the next bar.</summary>
    public async Task<Order?> TargetAsync(string strategy, string symbol, decimal quantity, decimal price, AssetClass assetClass = AssetClass.Crypto, IReadOnlyDictionary<string, object>? metadata = null)
    {
        var signal = new Signal(new Symbol(symbol), SignalAction.Target, assetClass, new StrategyId(strategy), Clock.Now,
            targetQuantity: quantity, metadata: metadata);
        var result = await Context.PlaceOrderAsync(signal, price, CancellationToken.None);
        return result.Order;
    }

    /// <summary>Places a resting limit buy that a bar above the limit never fills.</summary>
    public async Task<Order> RestingBuyAsync(string strategy, string symbol, decimal quantity, decimal limit, AssetClass assetClass = AssetClass.Crypto)
    {
        var signal = new Signal(new Symbol(symbol), SignalAction.Buy, assetClass, new StrategyId(strategy), new UnixNanos(Interlocked.Add(ref _signalTime, 1)),
            quantity: quantity, orderType: OrderType.Limit, limitPrice: limit);
        var result = await Context.PlaceOrderAsync(signal, limit, CancellationToken.None);
        return result.Order ?? throw new InvalidOperationException($"limit order refused: {result.Reason} {result.Message}");
    }

    /// <summary>Sends an order straight to the order manager, past sizing and risk (to provoke a venue reject).</summary>
    public async Task<Order> SubmitDirectAsync(string strategy, string symbol, OrderSide side, decimal quantity, decimal? limit = null)
    {
        var signal = new Signal(new Symbol(symbol), side == OrderSide.Buy ? SignalAction.Buy : SignalAction.Sell, AssetClass.Crypto, new StrategyId(strategy),
            Clock.Now, quantity: quantity, orderType: limit is null ? OrderType.Market : OrderType.Limit, limitPrice: limit);
        var ticket = new OrderTicket(signal, Interlocked.Increment(ref _signalTime), 0, side, new Sextant.Core.Amounts.Quantity(quantity),
            limit is null ? OrderType.Market : OrderType.Limit, limit is { } l ? new Sextant.Core.Amounts.Price(l) : null);
        return await Orders.SubmitAsync(ticket, CancellationToken.None);
    }
}
