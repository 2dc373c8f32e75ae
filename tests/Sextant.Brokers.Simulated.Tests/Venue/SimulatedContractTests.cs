using Sextant.Brokers.Contract;
using Sextant.Brokers.Simulated.Tests.Support;

namespace Sextant.Brokers.Simulated.Tests.Venue;

/// <summary>The broker contract on the simulated venue, driven by bars.</summary>
public sealed class SimulatedContractTests : BrokerContractTests
{
    protected override Task<IContractVenue> CreateVenueAsync() => Task.FromResult<IContractVenue>(new SimulatedContractVenue());

    [Fact(Skip = "The simulated venue trades on margin: it keeps cash but does not refuse orders for want of it.")]
    public override Task Submit_MoreThanTheAccountCanPay_IsRejectedWithInsufficientBalance() => Task.CompletedTask;

    [Fact(Skip = "The simulated venue reports events synchronously in-process; there is no stream to drop.")]
    public override Task Stream_FillWhileDisconnected_AppearsAfterReconnect() => Task.CompletedTask;
}
