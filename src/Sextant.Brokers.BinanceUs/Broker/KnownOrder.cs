using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Brokers.BinanceUs.Broker;

/// <summary>What the adapter remembers of an order it sent: enough to turn the venue's reports back into our events.</summary>
internal sealed record KnownOrder(ClientOrderId Id, Symbol Symbol, OrderSide Side, StrategyId Strategy, decimal Quantity)
{
    public long? VenueId { get; set; }

    public bool Done { get; set; }
}
