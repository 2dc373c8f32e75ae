namespace Sextant.Emulator.Trading;

/// <summary>An order on the emulated book; mutated only by <see cref="Exchange"/> under its lock.</summary>
internal sealed class EmulatedOrder
{
    public required long Id { get; init; }

    /// <summary>Alpaca's uuid for the order.</summary>
    public required string Uuid { get; init; }

    public required string ClientOrderId { get; init; }

    public required string Symbol { get; init; }

    public required Side Side { get; init; }

    public required bool IsMarket { get; init; }

    /// <summary>Base quantity ordered; for quote-sized market orders, the quantity the quote amount bought.</summary>
    public required decimal Quantity { get; set; }

    /// <summary>Binance quoteOrderQty or Alpaca notional, when the order was sized in quote units.</summary>
    public decimal? QuoteQuantity { get; init; }

    public decimal? LimitPrice { get; init; }

    public required string TimeInForce { get; init; }

    public required long CreatedMs { get; init; }

    public OrderState State { get; set; } = OrderState.New;

    public decimal Executed { get; set; }

    public decimal CumQuote { get; set; }

    public long UpdatedMs { get; set; }

    public long? FilledMs { get; set; }

    public long? CanceledMs { get; set; }

    /// <summary>Quote (buys) or base (sells) still locked for this order.</summary>
    public decimal Locked { get; set; }

    /// <summary>Its executions, oldest first.</summary>
    public List<EmulatedTrade> Trades { get; } = [];

    public bool IsOpen => State is OrderState.New or OrderState.PartiallyFilled or OrderState.Held;

    public decimal Remaining => Quantity - Executed;

    public decimal AveragePrice => Executed == 0 ? 0 : CumQuote / Executed;
}
