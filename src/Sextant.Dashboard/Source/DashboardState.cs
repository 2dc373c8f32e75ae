using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Portfolio;

namespace Sextant.Dashboard.Source;

/// <summary>An immutable picture of a run for the dashboard; every list is oldest first and never changes after creation.</summary>
public sealed record DashboardState
{
    /// <summary>A name for the run, e.g. the config file's name.</summary>
    public required string RunName { get; init; }

    /// <summary><c>backtest</c>, <c>paper</c>, <c>live</c> or <c>standalone</c> (no engine attached).</summary>
    public required string Mode { get; init; }

    /// <summary>Increases with every change.</summary>
    public long Version { get; init; }

    /// <summary>The engine time the state describes (UTC); default before the first update.</summary>
    public UnixNanos AsOf { get; init; }

    /// <summary>Every broker's portfolio and the totals; null before the first equity update.</summary>
    public MetaPortfolioSnapshot? Portfolio { get; init; }

    /// <summary>Total equity over time, reporting asset.</summary>
    public IReadOnlyList<EquityPoint> TotalEquity { get; init; } = [];

    /// <summary>Each broker's equity over time, in its quote asset.</summary>
    public IReadOnlyDictionary<BrokerId, IReadOnlyList<EquityPoint>> BrokerEquity { get; init; } = new Dictionary<BrokerId, IReadOnlyList<EquityPoint>>();

    /// <summary>Orders working at a venue.</summary>
    public IReadOnlyList<OrderView> OpenOrders { get; init; } = [];

    /// <summary>The most recent fills.</summary>
    public IReadOnlyList<Fill> RecentFills { get; init; } = [];

    /// <summary>The most recent signals, with their metadata (z-score, hedge ratio, …).</summary>
    public IReadOnlyList<Signal> RecentSignals { get; init; } = [];

    /// <summary>Per-strategy statistics.</summary>
    public IReadOnlyList<StrategyStats> Strategies { get; init; } = [];

    /// <summary>Per-broker connection health.</summary>
    public IReadOnlyList<BrokerHealth> Brokers { get; init; } = [];

    /// <summary>A state with nothing in it yet.</summary>
    public static DashboardState Empty(string runName, string mode) => new() { RunName = runName, Mode = mode };
}
