using Sextant.Brokers.Alpaca.Tests.Support;
using Sextant.Brokers.Contract;

namespace Sextant.Brokers.Alpaca.Tests.Broker;

/// <summary>The broker contract against the emulator's Alpaca paths.</summary>
public sealed class AlpacaContractTests : BrokerContractTests
{
    protected override async Task<IContractVenue> CreateVenueAsync() => await AlpacaVenue.StartAsync();

    [Fact(Skip = "Alpaca has no lot size for US equities: fractional quantities up to 9 decimals are valid, so there is no off-lot order to reject.")]
    public override Task Submit_OffLotQuantity_IsRejectedWithLotSize() => Task.CompletedTask;
}
