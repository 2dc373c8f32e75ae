using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Execution.Brokers;

/// <summary>A venue's view of one order, for queries and reconciliation.</summary>
public sealed record OrderReport(
    ClientOrderId Id,
    VenueOrderId? VenueOrderId,
    Symbol Symbol,
    OrderSide Side,
    OrderType OrderType,
    Quantity Quantity,
    Price? LimitPrice,
    OrderStatus Status,
    Quantity FilledQuantity,
    decimal AveragePrice,
    UnixNanos UpdatedAt);
