using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;

namespace Sextant.Execution.Orders;

/// <summary>
/// Everything needed to create one order: what to trade, and where it came from (the signal, its sequence number and leg) so
/// its client id is deterministic. A value (made for every order, kept beside it by the order manager), not an object of its own.
/// </summary>
public readonly record struct OrderTicket(
    Signal Signal,
    long SignalSequence,
    int Leg,
    OrderSide Side,
    Quantity Quantity,
    OrderType OrderType = OrderType.Market,
    Price? LimitPrice = null,
    TimeInForce TimeInForce = TimeInForce.Gtc)
{
    /// <summary>The instrument (the signal's).</summary>
    public Symbol Symbol => Signal.Symbol;
}
