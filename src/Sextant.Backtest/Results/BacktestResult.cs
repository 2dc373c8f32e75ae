using Sextant.Backtest.Statistics;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;

namespace Sextant.Backtest.Results;

/// <summary>Everything a backtest produced: the equity curve, orders, fills, round trips, statistics overall and per strategy and pair, and diagnostic series for charts.</summary>
public sealed record BacktestResult
{
    /// <summary>The config the run used (file name as shown to the user).</summary>
    public required string Name { get; init; }

    /// <summary>Starting cash, in the quote asset.</summary>
    public required decimal Capital { get; init; }

    /// <summary>Exact final equity: cash plus every position marked at its last close (positions are not liquidated).</summary>
    public required decimal FinalEquity { get; init; }

    /// <summary>Bar times of the equity curve (UTC); shared by every run on the same loaded data, so read it, never write it.</summary>
    public required UnixNanos[] Times { get; init; }

    /// <summary>Equity at each time, after that bar's open fills, marked at its close.</summary>
    public required double[] Equity { get; init; }

    /// <summary>Every fill, in time order.</summary>
    public required IReadOnlyList<Fill> Fills { get; init; }

    /// <summary>Every order, in creation order.</summary>
    public required IReadOnlyList<Order> Orders { get; init; }

    /// <summary>Every signal the strategies emitted, with their metadata.</summary>
    public required IReadOnlyList<Signal> Signals { get; init; }

    /// <summary>Positions still open at the end, marked at the last close.</summary>
    public required IReadOnlyList<OpenPosition> OpenPositions { get; init; }

    /// <summary>Completed round trips (flat to flat) per strategy and book.</summary>
    public required IReadOnlyList<RoundTrip> RoundTrips { get; init; }

    /// <summary>Return and risk statistics of the whole run.</summary>
    public required PerformanceStatistics Statistics { get; init; }

    /// <summary>Trade statistics of the whole run.</summary>
    public required TradeStatistics Trades { get; init; }

    /// <summary>Trade statistics per strategy and per pair.</summary>
    public required IReadOnlyList<GroupStatistics> Groups { get; init; }

    /// <summary>Per-bar series a strategy recorded for charts (e.g. a pair's z-score), aligned with <see cref="Times"/>.</summary>
    public required IReadOnlyList<DiagnosticSeries> Diagnostics { get; init; }

    /// <summary>Bars processed (one per symbol per time).</summary>
    public required long Bars { get; init; }

    /// <summary>Time spent loading data.</summary>
    public required TimeSpan LoadTime { get; init; }

    /// <summary>Time spent in the simulation loop.</summary>
    public required TimeSpan RunTime { get; init; }

    /// <summary>Things the run wants a person to know: kill switch trips, the first 20 signals refused before reaching the venue, and refusal counts by reason.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
