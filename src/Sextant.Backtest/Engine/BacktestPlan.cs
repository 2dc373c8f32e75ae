using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Backtest.Engine;

/// <summary>
/// What one backtest needs to know before loading data: the enabled strategies, the series each reads, the broker
/// each routes to (by asset class), each broker's share of the capital, and the time range.
/// </summary>
public sealed record BacktestPlan
{
    /// <summary>The effective configuration.</summary>
    public required SextantConfig Config { get; init; }

    /// <summary>A label for tables and reports (the config file name).</summary>
    public required string Name { get; init; }

    /// <summary>Enabled strategies, in config order.</summary>
    public required IReadOnlyList<StrategyPlan> Strategies { get; init; }

    /// <summary>[start, end) of the bars replayed.</summary>
    public required TimeRange Range { get; init; }

    /// <summary>Every series read by some strategy, each once.</summary>
    public IReadOnlyList<SeriesKey> Series => [.. Strategies.SelectMany(s => s.Series).Distinct()];

    /// <summary>Whether the run records its strategies' diagnostic series (the z-score chart); a sweep, which keeps only statistics, does not.</summary>
    public bool RecordDiagnostics { get; init; } = true;

    /// <summary>Brokers in use with their starting cash.</summary>
    public IReadOnlyList<BrokerPlan> Brokers => [.. Strategies.GroupBy(s => s.Broker)
        .Select(g => new BrokerPlan(g.Key, Config.Brokers[g.Key], Config.Backtesting.Capital * g.Sum(s => s.Share)))];

    /// <summary>The plan for <paramref name="config"/>, with <paramref name="from"/>/<paramref name="to"/> overriding <c>backtesting.start/end</c>.</summary>
    public static BacktestPlan FromConfig(SextantConfig config, string name, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var enabled = config.Strategies.Where(s => s.Enabled).ToList();
        if (enabled.Count == 0)
        {
            throw new BacktestException("the config has no enabled strategy; add one under strategies:");
        }

        var explicitShare = enabled.Sum(s => (decimal)(s.Allocation ?? 0));
        var implicitCount = enabled.Count(s => s.Allocation is null);
        var defaultShare = implicitCount == 0 ? 0m : Math.Max(0m, 1m - explicitShare) / implicitCount;
        var strategies = enabled.Select(s =>
        {
            var assetClass = s.AssetClass ?? AssetClass.Crypto;
            var broker = BrokerFor(config, assetClass, s.Name);
            var venue = new VenueId(s.Venue ?? broker);
            var interval = BarInterval.Parse(s.Interval);
            return new StrategyPlan(s, broker, s.Allocation is { } a ? (decimal)a : defaultShare,
                [.. s.Universe.Select(symbol => new SeriesKey(venue, symbol, interval))]);
        }).ToList();

        var start = from ?? config.Backtesting.Start;
        var end = to ?? config.Backtesting.End;
        if (start is { } s0 && end is { } e0 && e0 <= s0)
        {
            throw new BacktestException($"--to ({e0:yyyy-MM-dd}) must be after --from ({s0:yyyy-MM-dd})");
        }

        var range = new TimeRange(
            start is { } s1 ? UnixNanos.FromDateTimeOffset(s1) : TimeRange.All.Start,
            end is { } e1 ? UnixNanos.FromDateTimeOffset(e1) : TimeRange.All.End);
        return new BacktestPlan { Config = config, Name = name, Strategies = strategies, Range = range };
    }

    private static string BrokerFor(SextantConfig config, AssetClass assetClass, string strategy) =>
        config.Brokers.Where(b => b.Value.Enabled && b.Value.AssetClasses.Contains(assetClass)).Select(b => b.Key).FirstOrDefault()
        ?? throw new BacktestException($"strategy {strategy} trades {assetClass.ToString().ToLowerInvariant()}, but no enabled broker lists it in asset_classes");
}

/// <summary>One strategy in a plan: its config, broker, capital share and series (in universe order).</summary>
public sealed record StrategyPlan(StrategyConfig Config, string Broker, decimal Share, IReadOnlyList<SeriesKey> Series);

/// <summary>One broker in a plan with the cash it starts with.</summary>
public sealed record BrokerPlan(string Name, BrokerConfig Config, decimal StartingCash);
