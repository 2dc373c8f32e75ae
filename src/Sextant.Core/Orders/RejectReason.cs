namespace Sextant.Core.Orders;

/// <summary>Why an order was denied (pre-trade, by us) or rejected (by the venue), as a value to branch on (after Lean's OrderResponseErrorCode).</summary>
public enum RejectReason
{
    /// <summary>No reason given (the default).</summary>
    None,

    /// <summary>Not enough cash or coin to pay for the order and its fee.</summary>
    InsufficientBalance,

    /// <summary>Price times quantity is below the venue's minimum notional.</summary>
    MinNotional,

    /// <summary>The quantity breaks the venue's lot size (minimum, maximum or step).</summary>
    LotSize,

    /// <summary>The price is not a multiple of the venue's tick size.</summary>
    TickSize,

    /// <summary>A pre-trade risk limit (order or position notional, order rate, drawdown) would be breached.</summary>
    RiskLimit,

    /// <summary>The kill switch is engaged.</summary>
    KillSwitch,

    /// <summary>The market is closed for this instrument.</summary>
    MarketClosed,

    /// <summary>The venue does not list the symbol.</summary>
    UnknownSymbol,

    /// <summary>The order is malformed (bad parameters for its type or time in force).</summary>
    InvalidOrder,

    /// <summary>The venue's request rate limit was hit.</summary>
    RateLimited,

    /// <summary>The venue reported an error of its own.</summary>
    VenueError,

    /// <summary>The client order id was already used.</summary>
    Duplicate,

    /// <summary>Anything else; the message says what.</summary>
    Other,
}
