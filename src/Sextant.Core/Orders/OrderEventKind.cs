namespace Sextant.Core.Orders;

/// <summary>The kinds of event that move an order between statuses (the columns of the transition table).</summary>
public enum OrderEventKind
{
    /// <summary>The order was sent to the venue.</summary>
    Submitted,

    /// <summary>A pre-trade check refused the order before sending.</summary>
    Denied,

    /// <summary>The venue acknowledged the order.</summary>
    Accepted,

    /// <summary>The venue refused the order.</summary>
    Rejected,

    /// <summary>A fill that leaves quantity open.</summary>
    PartialFill,

    /// <summary>A fill that completes the order's quantity.</summary>
    Fill,

    /// <summary>A cancel request was sent.</summary>
    CancelSent,

    /// <summary>The venue refused the cancel request.</summary>
    CancelRejected,

    /// <summary>The venue confirmed the order is canceled (on request, or on its own for IOC/FOK).</summary>
    Canceled,

    /// <summary>The venue expired the order by its time in force.</summary>
    Expired,
}
