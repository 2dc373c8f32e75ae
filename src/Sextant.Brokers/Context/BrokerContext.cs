using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Execution.Brokers;
using Sextant.Execution.Instruments;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;
using Sextant.Execution.Sizing;

namespace Sextant.Brokers.Context;

using Portfolio = Sextant.Portfolio.Portfolio;

/// <summary>
/// One broker as the engine sees it: the venue client, the portfolio its fills are booked in, and the order manager
/// that tracks its orders. <see cref="PlaceOrderAsync"/> turns a signal into at most one order: size it against the
/// strategy's position plus what its open orders will still do, refuse dust and risk breaches with a reason, then
/// submit with a deterministic client order id. The same object serves backtest (simulated venue), paper and live.
/// Single-threaded, like the order manager.
/// </summary>
public sealed partial class BrokerContext : IOrderListener
{
    private readonly Dictionary<StrategyId, long> _signalSequence = [];
    private readonly ILogger _logger;

    /// <summary>Wires the parts together; the context listens to the order manager and books every fill in <paramref name="portfolio"/>.</summary>
    public BrokerContext(IBroker broker, Portfolio portfolio, OrderManager orders, InstrumentCatalog instruments, PreTradeRisk risk, ILogger<BrokerContext>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(risk);
        Broker = broker;
        Portfolio = portfolio;
        Orders = orders;
        Instruments = instruments;
        Risk = risk;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        orders.AddListener(this);
    }

    /// <summary>The broker's id.</summary>
    public BrokerId Id => Broker.Id;

    /// <summary>The venue client.</summary>
    public IBroker Broker { get; }

    /// <summary>Where this broker's fills are booked.</summary>
    public Portfolio Portfolio { get; }

    /// <summary>This broker's orders.</summary>
    public OrderManager Orders { get; }

    /// <summary>Lot, tick and minimum-notional rules.</summary>
    public InstrumentCatalog Instruments { get; }

    /// <summary>Pre-trade limits and the kill switch.</summary>
    public PreTradeRisk Risk { get; }

    /// <summary>Signals refused before reaching the venue, by reason.</summary>
    public IReadOnlyDictionary<RejectReason, int> Refusals => _refusals;

    private readonly Dictionary<RejectReason, int> _refusals = [];

    /// <summary>
    /// Sizes, checks and submits the order for <paramref name="signal"/>; <paramref name="referencePrice"/> is the
    /// price the decision was made at (the bar's close), used to size notional targets and check limits.
    /// </summary>
    /// <remarks>Not an async method: everything before the submit is synchronous, and a venue that answers at once (the
    /// simulated one) completes the whole call without a state machine; a failure before the submit throws at the call.</remarks>
    public ValueTask<PlaceResult> PlaceOrderAsync(Signal signal, decimal referencePrice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var sequence = ++CollectionsMarshal.GetValueRefOrAddDefault(_signalSequence, signal.Strategy, out _);

        var position = Portfolio.PositionOf(signal.Strategy, signal.Symbol)?.Quantity ?? 0m;
        var pending = PendingQuantity(signal.Strategy, signal.Symbol);
        var rules = Instruments.For(signal.Symbol);
        var decision = Sizer.Decide(signal, position + pending, referencePrice, rules);
        if (!decision.HasOrder)
        {
            return new(decision.Reason == RejectReason.None ? PlaceResult.Nothing : Refuse(signal, decision.Reason, decision.Message!));
        }

        var before = position + pending;
        var signedAfter = before + (decision.Side == OrderSide.Buy ? decision.Quantity : -decision.Quantity);
        var reduceOnly = Math.Abs(signedAfter) < Math.Abs(before) && Math.Sign(signedAfter) * Math.Sign(before) >= 0;
        if (!reduceOnly)
        {
            // Limits and the kill switch stop new risk; an order that only shrinks a position toward flat always
            // passes, so a tripped kill switch or a tight limit can never trap a position.
            var check = Risk.Check(decision.Quantity, referencePrice, signedAfter);
            if (!check.Allowed)
            {
                return new(Refuse(signal, check.Reason, check.Message!));
            }

            if (BlockedForBalance(signal.Strategy, signal.Symbol) is { } venueMessage)
            {
                return new(Refuse(signal, RejectReason.InsufficientBalance,
                    $"the venue refused the last order for balance ({venueMessage}); not resent until a fill or a cancel at {Id} changes the balance"));
            }
        }

        var (type, limitPrice) = OrderTypeFor(signal, decision.Side, referencePrice);
        Price? limit = limitPrice is { } l ? new Price(rules.RoundPrice(l, decision.Side)) : null;
        var ticket = new OrderTicket(signal, sequence, 0, decision.Side, new Quantity(decision.Quantity), type, limit, signal.TimeInForce);
        var submitting = Orders.SubmitAsync(ticket, cancellationToken);
        return submitting.IsCompletedSuccessfully ? new(new PlaceResult(submitting.Result, RejectReason.None, null)) : Placed(submitting);

        static async ValueTask<PlaceResult> Placed(ValueTask<Order> submitting) =>
            new(await submitting.ConfigureAwait(false), RejectReason.None, null);
    }

    /// <inheritdoc />
    public void OnFill(Order order, Fill fill)
    {
        Portfolio.ApplyFromOrder(fill); // the order manager reports a fill once, after its order accepted it as new
        if (_balanceBlocked.Count > 0)
        {
            _balanceBlocked.Clear();
        }
    }

    /// <inheritdoc />
    public void OnOrderUpdated(Order order) => WatchBalance(order);

    /// <summary>
    /// The signal's own order type, or for a market signal with <c>execution.order_type: limit</c> a limit order at the
    /// reference price moved by <c>limit_offset_bps</c> (positive = more aggressive: a buy above, a sell below).
    /// </summary>
    private (OrderType Type, decimal? Limit) OrderTypeFor(Signal signal, OrderSide side, decimal referencePrice)
    {
        if (signal.OrderType != OrderType.Market || Orders.Config.OrderType != Config.Schema.ExecutionOrderType.Limit)
        {
            return (signal.OrderType, signal.LimitPrice);
        }

        var offset = Orders.Config.LimitOffsetBps / 10_000m;
        return (OrderType.Limit, referencePrice * (side == OrderSide.Buy ? 1m + offset : 1m - offset));
    }

    /// <summary>What the strategy's open orders for <paramref name="symbol"/> will still add to its position (signed).</summary>
    private decimal PendingQuantity(StrategyId strategy, Symbol symbol)
    {
        if (Orders.OpenOrderCount == 0)
        {
            return 0m;
        }

        var pending = 0m;
        foreach (var order in Orders.OpenOrders)
        {
            if (order.Strategy == strategy && order.Symbol == symbol)
            {
                pending += order.Side == OrderSide.Buy ? order.LeavesQuantity.Value : -order.LeavesQuantity.Value;
            }
        }

        return pending;
    }

    private PlaceResult Refuse(Signal signal, RejectReason reason, string message)
    {
        _refusals[reason] = _refusals.GetValueOrDefault(reason) + 1;
        Log.SignalRefused(_logger, signal.Strategy.Value, signal.Symbol.Value, reason, message, Id.Value);
        return new PlaceResult(null, reason, message);
    }
}
