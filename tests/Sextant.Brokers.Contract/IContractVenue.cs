using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Contract;

/// <summary>A broker under test plus the hands to move its venue: prices, counterparty trades and faults.</summary>
public interface IContractVenue : IAsyncDisposable
{
    /// <summary>The adapter under test, started and ready.</summary>
    IBroker Broker { get; }

    /// <summary>True when the venue reports events synchronously inside each call and reads the orders' state back (the simulated venue): events then go straight to the OrderManager, as in a backtest, instead of through a queue.</summary>
    bool SynchronousEvents { get; }

    Symbol Symbol { get; }

    AssetClass AssetClass { get; }

    /// <summary>The venue's current price of <see cref="Symbol"/>.</summary>
    decimal Price { get; }

    /// <summary>A small quantity the venue accepts.</summary>
    decimal Quantity { get; }

    /// <summary>A quantity that breaks the lot size.</summary>
    decimal OffLotQuantity { get; }

    /// <summary>A buy quantity the account cannot pay for.</summary>
    decimal UnaffordableQuantity { get; }

    /// <summary>A price on the venue's tick grid near <paramref name="price"/>.</summary>
    decimal OnTick(decimal price);

    /// <summary>A counterparty trades <paramref name="quantity"/> of the open order at <paramref name="price"/>.</summary>
    Task TradeAsync(ClientOrderId id, decimal quantity, decimal price);

    /// <summary>The next cancel request finds its order already filled (the fill raced the cancel).</summary>
    void ArmCancelRace();

    /// <summary>The next submit is executed by the venue but its answer never arrives.</summary>
    void DropNextSubmitResponse();

    /// <summary>Drops the event stream and refuses reconnects until <see cref="StreamUpAsync"/>.</summary>
    Task StreamDownAsync();

    Task StreamUpAsync();
}
