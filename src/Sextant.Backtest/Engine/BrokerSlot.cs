using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;

namespace Sextant.Backtest.Engine;

/// <summary>One broker of a backtest: the simulated venue behind a real <see cref="BrokerContext"/>, with the risk feed's double mirrors.</summary>
internal sealed class BrokerSlot(BrokerPlan plan, SimulatedVenue venue, BrokerContext context)
{
    public BrokerPlan Plan { get; } = plan;

    public SimulatedVenue Venue { get; } = venue;

    public BrokerContext Context { get; } = context;

    public Sextant.Portfolio.Portfolio Portfolio { get; } = context.Portfolio;

    public Sextant.Execution.Orders.OrderManager Orders { get; } = context.Orders;

    public double Peak { get; set; } = double.NegativeInfinity;

    public double DayStart { get; set; }

    /// <summary>The first nanosecond of the next UTC day; a bar at or after it starts a new risk day.</summary>
    public long NextDay { get; set; } = long.MinValue;

    /// <summary>Drawdown (fraction) above which the exact check runs: the limit less a margin for double rounding; +∞ without a limit.</summary>
    public double DrawdownAlarm { get; init; } = double.PositiveInfinity;

    /// <summary>Daily loss (quote units) above which the exact check runs; +∞ without a limit.</summary>
    public double DailyLossAlarm { get; init; } = double.PositiveInfinity;

    /// <summary>Equity at or below which the exact check runs: the largest of zero, the drawdown alarm under the peak and the daily-loss alarm under the day's start.</summary>
    public double Floor { get; set; }

    public bool KillHandled { get; set; }
}
