using Sextant.Brokers.BinanceUs.Tests.Support;
using Sextant.Brokers.Contract;

namespace Sextant.Brokers.BinanceUs.Tests.Broker;

/// <summary>The broker contract against the emulator's Binance US paths.</summary>
public sealed class BinanceUsContractTests : BrokerContractTests
{
    protected override async Task<IContractVenue> CreateVenueAsync() => await BinanceVenue.StartAsync();
}
