using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Core.Orders;

/// <summary>One execution (trade) of part or all of an order, as reported by the venue; validated on construction.</summary>
public sealed record Fill
{
    /// <summary>Creates a fill; throws <see cref="ArgumentException"/> naming the trade and order when a value is missing or the quantity is zero.</summary>
    /// <param name="orderId">The order that was filled; must be set.</param>
    /// <param name="venueOrderId">The venue's order id, when the report carries it.</param>
    /// <param name="tradeId">The venue's trade id, unique per order; used to drop duplicate reports.</param>
    /// <param name="symbol">The instrument traded; must be set.</param>
    /// <param name="side">Buy or sell, as the order.</param>
    /// <param name="quantity">Base units executed; must be positive.</param>
    /// <param name="price">The execution price, quote units per base unit.</param>
    /// <param name="fee">The fee charged, in whatever asset the venue charged it (often the quote asset or BNB); must have an asset.</param>
    /// <param name="liquidity">Maker, taker or unknown.</param>
    /// <param name="time">The venue's execution time (UTC).</param>
    /// <param name="strategy">The strategy whose signal led to the order; must be set.</param>
    /// <param name="broker">The broker the order went through; must be set.</param>
    public Fill(
        ClientOrderId orderId,
        VenueOrderId? venueOrderId,
        string tradeId,
        Symbol symbol,
        OrderSide side,
        Quantity quantity,
        Price price,
        Money fee,
        Liquidity liquidity,
        UnixNanos time,
        StrategyId strategy,
        BrokerId broker)
        : this(orderId, venueOrderId, tradeId, symbol, side, quantity, price, fee, liquidity, time, strategy, broker, notional: null)
    {
    }

    /// <summary>As the public constructor, with <paramref name="notional"/> = price × quantity already made by the caller (the simulated venue, which needs it for the fee first).</summary>
    internal Fill(
        ClientOrderId orderId,
        VenueOrderId? venueOrderId,
        string tradeId,
        Symbol symbol,
        OrderSide side,
        Quantity quantity,
        Price price,
        Money fee,
        Liquidity liquidity,
        UnixNanos time,
        StrategyId strategy,
        BrokerId broker,
        decimal? notional)
    {
        if (string.IsNullOrWhiteSpace(tradeId))
        {
            throw new ArgumentException($"Fill for order {orderId}: trade id must not be empty", nameof(tradeId));
        }

        // Set first so every message below can name the trade and the order.
        TradeId = tradeId;
        OrderId = orderId;
        if (!orderId.IsSet)
        {
            throw Invalid("order id must be set", nameof(orderId));
        }

        if (venueOrderId is { IsSet: false })
        {
            throw Invalid("venue order id must be null or set", nameof(venueOrderId));
        }

        if (!symbol.IsSet)
        {
            throw Invalid("symbol must be set", nameof(symbol));
        }

        if (side is not (OrderSide.Buy or OrderSide.Sell))
        {
            throw Invalid($"side must be Buy or Sell, was {(int)side}", nameof(side));
        }

        if (quantity.Value <= 0)
        {
            throw Invalid($"quantity must be positive, was {quantity}", nameof(quantity));
        }

        if (!fee.Asset.IsSet)
        {
            throw Invalid("fee must name its asset (use Money.Zero(asset) for no fee)", nameof(fee));
        }

        if (liquidity is not (Liquidity.Unknown or Liquidity.Maker or Liquidity.Taker))
        {
            throw Invalid($"liquidity must be Unknown, Maker or Taker, was {(int)liquidity}", nameof(liquidity));
        }

        if (!strategy.IsSet || !broker.IsSet)
        {
            throw Invalid("strategy and broker must be set", strategy.IsSet ? nameof(broker) : nameof(strategy));
        }

        _venueOrderId = venueOrderId ?? default;
        Symbol = symbol;
        Side = side;
        Quantity = quantity;
        Price = price;
        Fee = fee;
        Liquidity = liquidity;
        Time = time;
        Strategy = strategy;
        Broker = broker;
        Notional = notional ?? price * quantity;
    }

    /// <summary>The order that was filled.</summary>
    public ClientOrderId OrderId { get; }

    /// <summary>The venue's order id, or null when the report did not carry it.</summary>
    public VenueOrderId? VenueOrderId => _venueOrderId.IsSet ? _venueOrderId : null;

    private readonly VenueOrderId _venueOrderId; // unwrapped: eight bytes less per fill than a nullable

    /// <summary>The venue's trade id, unique per order.</summary>
    public string TradeId { get; }

    /// <summary>The instrument traded.</summary>
    public Symbol Symbol { get; }

    /// <summary>Buy or sell.</summary>
    public OrderSide Side { get; }

    /// <summary>Base units executed, always positive.</summary>
    public Quantity Quantity { get; }

    /// <summary>The execution price, quote units per base unit.</summary>
    public Price Price { get; }

    /// <summary>The fee charged, in the asset the venue charged it in.</summary>
    public Money Fee { get; }

    /// <summary>Maker, taker or unknown.</summary>
    public Liquidity Liquidity { get; }

    /// <summary>The venue's execution time (UTC).</summary>
    public UnixNanos Time { get; }

    /// <summary>The strategy whose signal led to the order.</summary>
    public StrategyId Strategy { get; }

    /// <summary>The broker the order went through.</summary>
    public BrokerId Broker { get; }

    /// <summary>Price times quantity, in quote units, exact; computed once here (the venue, the order, the portfolio and the results all need it).</summary>
    public decimal Notional { get; }

    private ArgumentException Invalid(string problem, string paramName) => new($"Fill {TradeId} for order {OrderId}: {problem}", paramName);
}
