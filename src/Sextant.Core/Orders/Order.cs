using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>
/// The order aggregate: its request fields never change, and its status changes only through <see cref="Apply"/>,
/// which consults <see cref="OrderTransitions.Next"/> and throws on an illegal move. Not thread-safe.
/// </summary>
public sealed partial class Order
{
    // The events in an array of their own (an order's usual life is three: submitted, accepted, filled), grown by doubling;
    // the read-only view over it is made on first request (backtests never ask).
    private OrderEvent[] _events = new OrderEvent[3];
    private int _eventCount;
    private EventList? _eventView;

    private Order(
        ClientOrderId id, StrategyId strategy, BrokerId broker, Symbol symbol, AssetClass assetClass, OrderSide side,
        OrderType orderType, Quantity quantity, Price? limitPrice, TimeInForce timeInForce, UnixNanos createdAt)
    {
        Id = id;
        Strategy = strategy;
        Broker = broker;
        Symbol = symbol;
        AssetClass = assetClass;
        Side = side;
        OrderType = orderType;
        Quantity = quantity;
        LimitPrice = limitPrice;
        TimeInForce = timeInForce;
        CreatedAt = createdAt;
        LastEventTime = createdAt;
    }

    /// <summary>Our id for the order, sent to the venue.</summary>
    public ClientOrderId Id { get; }

    /// <summary>The strategy whose signal led to the order.</summary>
    public StrategyId Strategy { get; }

    /// <summary>The broker the order goes through.</summary>
    public BrokerId Broker { get; }

    /// <summary>The instrument.</summary>
    public Symbol Symbol { get; }

    /// <summary>The instrument's asset class.</summary>
    public AssetClass AssetClass { get; }

    /// <summary>Buy or sell.</summary>
    public OrderSide Side { get; }

    /// <summary>Market or limit.</summary>
    public OrderType OrderType { get; }

    /// <summary>The ordered quantity in base units, always positive.</summary>
    public Quantity Quantity { get; }

    /// <summary>The limit price in quote units for limit orders; null for market orders.</summary>
    public Price? LimitPrice { get; }

    /// <summary>How long the order stays working.</summary>
    public TimeInForce TimeInForce { get; }

    /// <summary>When the order was created (engine clock, UTC).</summary>
    public UnixNanos CreatedAt { get; }

    /// <summary>The signal the order was made for (its reason, z-score and other metadata), or null for an order not made from one (restored, external).</summary>
    public Signals.Signal? Signal { get; private init; }

    /// <summary>The current status; <see cref="OrderStatus.Created"/> until the first event.</summary>
    public OrderStatus Status { get; private set; } = OrderStatus.Created;

    /// <summary>The venue's id, from the acceptance or the first fill that carried it; null until then.</summary>
    public VenueOrderId? VenueOrderId
    {
        get => _venueOrderId.IsSet ? _venueOrderId : null;
        private set => _venueOrderId = value ?? default; // kept unwrapped: eight bytes less per order than a nullable
    }

    private VenueOrderId _venueOrderId;

    /// <summary>The time of the last applied event (UTC); <see cref="CreatedAt"/> before any.</summary>
    public UnixNanos LastEventTime { get; private set; }

    /// <summary>Every applied event, oldest first; refused events and duplicate fills are not in it.</summary>
    public IReadOnlyList<OrderEvent> Events => _eventView ??= new EventList(this);

    /// <summary>
    /// Applies <paramref name="orderEvent"/>: true when applied, false for a fill whose trade id was already applied (nothing changes).
    /// Throws <see cref="InvalidOrderTransitionException"/> for an illegal move, <see cref="ArgumentException"/> for an event of another
    /// order or a fill of another symbol or side, and <see cref="InvalidOperationException"/> for an overfill; the order is unchanged when it throws.
    /// </summary>
    public bool Apply(OrderEvent orderEvent)
    {
        ArgumentNullException.ThrowIfNull(orderEvent);
        if (orderEvent.OrderId != Id)
        {
            throw new ArgumentException($"Order {Id}: cannot apply {orderEvent.GetType().Name} of order {orderEvent.OrderId}", nameof(orderEvent));
        }

        var fill = (orderEvent as OrderFilled)?.Fill;
        if (fill is not null)
        {
            RequireSameInstrument(fill);
            if (IsDuplicate(fill))
            {
                return false;
            }
        }

        var kind = fill is not null ? FillKind(fill)
            : orderEvent.Kind ?? throw new ArgumentException($"Order {Id}: {orderEvent.GetType().Name} has no kind", nameof(orderEvent));
        var next = OrderTransitions.Next(Status, kind, HasFills) ?? throw new InvalidOrderTransitionException(Status, kind, Id);
        if (orderEvent is OrderAccepted accepted)
        {
            AdoptVenueOrderId(accepted.VenueOrderId);
        }

        if (fill is not null)
        {
            RecordFill(fill);
        }

        Status = next;
        if (_eventCount == _events.Length)
        {
            Array.Resize(ref _events, _events.Length * 2);
        }

        _events[_eventCount++] = orderEvent;
        LastEventTime = orderEvent.Time;
        return true;
    }

    /// <summary>The id, side, quantity, symbol and status, e.g. <c>Order pairs-1 Buy 0.5 BTCUSDT Accepted</c>.</summary>
    public override string ToString() => $"Order {Id} {Side} {Quantity} {Symbol} {Status}";

    private void AdoptVenueOrderId(VenueOrderId venueOrderId)
    {
        if (VenueOrderId is { } known && known != venueOrderId)
        {
            throw new ArgumentException($"Order {Id}: venue order id {venueOrderId} differs from the known {known}", nameof(venueOrderId));
        }

        VenueOrderId = venueOrderId;
    }

    private sealed class EventList(Order order) : IReadOnlyList<OrderEvent>
    {
        public int Count => order._eventCount;

        public OrderEvent this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)order._eventCount, nameof(index));
                return order._events[index];
            }
        }

        public IEnumerator<OrderEvent> GetEnumerator()
        {
            for (var i = 0; i < order._eventCount; i++)
            {
                yield return order._events[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
