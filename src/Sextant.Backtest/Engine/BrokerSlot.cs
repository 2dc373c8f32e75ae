using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;

namespace Sextant.Backtest.Engine;

/// <summary>One broker of a backtest: the simulated venue behind a real <see cref="BrokerContext"/>, with the risk feed's double mirrors.</summary>
internal sealed class BrokerSlot(BrokerPlan plan, SimulatedVenue venue, BrokerContext context)
{
    public BrokerPlan Plan { get; } = plan;

    public SimulatedVenue Venue { get; } = venue;

    public BrokerContext Context { get; } = context;

    public double Peak { get; set; } = double.NegativeInfinity;

    public double DayStart { get; set; }

    public long Day { get; set; } = long.MinValue;

    public bool KillHandled { get; set; }
}
