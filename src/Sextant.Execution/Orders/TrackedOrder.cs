using Sextant.Core.Orders;

namespace Sextant.Execution.Orders;

/// <summary>
/// An order with the facts the manager keeps beside it: where it came from (its signal sequence number and leg; the signal
/// itself is the order's), its attempt number, and flags for pending work. The ticket is not kept: everything else in it is
/// the order's own, so it is made again from the order when needed.
/// </summary>
internal sealed class TrackedOrder(Order order, OrderTicket ticket, int attempt)
{
    public Order Order { get; } = order;

    public long SignalSequence { get; } = ticket.SignalSequence;

    public int Leg { get; } = ticket.Leg;

    public int Attempt { get; } = attempt;

    /// <summary>The ticket the order was made from (its signal is set on every order the manager creates).</summary>
    public OrderTicket Ticket => new(Order.Signal!, SignalSequence, Leg, Order.Side, Order.Quantity, Order.OrderType, Order.LimitPrice, Order.TimeInForce);

    /// <summary>A stale cancel was sent; replace the unfilled rest with a market order once the cancel lands.</summary>
    public bool ReplaceOnCancel { get; set; }

    /// <summary>The venue's state disagrees with ours; reconcile before trusting this order.</summary>
    public bool NeedsReconciliation { get; set; }
}
