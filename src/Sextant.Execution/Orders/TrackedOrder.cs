using Sextant.Core.Orders;

namespace Sextant.Execution.Orders;

/// <summary>An order with the facts the manager keeps beside it: the ticket it came from, its attempt number, and flags for pending work.</summary>
internal sealed class TrackedOrder(Order order, OrderTicket ticket, int attempt)
{
    public Order Order { get; } = order;

    public OrderTicket Ticket { get; } = ticket;

    public int Attempt { get; } = attempt;

    /// <summary>A stale cancel was sent; replace the unfilled rest with a market order once the cancel lands.</summary>
    public bool ReplaceOnCancel { get; set; }

    /// <summary>The venue's state disagrees with ours; reconcile before trusting this order.</summary>
    public bool NeedsReconciliation { get; set; }
}
