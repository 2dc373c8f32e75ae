namespace Sextant.Core.Orders;

/// <summary>Questions about an <see cref="OrderStatus"/>.</summary>
public static class OrderStatusExtensions
{
    /// <summary>
    /// True for Denied, Rejected, Canceled, Expired and Filled: the order no longer works at the venue.
    /// A Canceled order still accepts a fill that raced the cancel (see <see cref="OrderTransitions"/>).
    /// </summary>
    public static bool IsTerminal(this OrderStatus status) =>
        status is OrderStatus.Denied or OrderStatus.Rejected or OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Filled;
}
