namespace Sextant.Core.Orders;

/// <summary>The venue executed part or all of the order; the order decides whether that is a PartialFill or a Fill.</summary>
public sealed record OrderFilled : OrderEvent
{
    /// <summary>Wraps <paramref name="fill"/>; the event's order id and time are the fill's.</summary>
    /// <param name="fill">The execution report.</param>
    public OrderFilled(Fill fill)
        : base((fill ?? throw new ArgumentNullException(nameof(fill))).OrderId, fill.Time)
    {
        Fill = fill;
    }

    /// <summary>The execution report.</summary>
    public Fill Fill { get; }

    /// <summary>Always null: whether this completes the order depends on the order's filled quantity.</summary>
    public override OrderEventKind? Kind => null;
}
