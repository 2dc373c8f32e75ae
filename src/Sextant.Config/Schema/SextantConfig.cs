using Sextant.Config.Validation;
using Sextant.Core.Instruments;

namespace Sextant.Config.Schema;

/// <summary>The whole configuration of one Sextant run, immutable once loaded. Every section has documented defaults.</summary>
public sealed record SextantConfig : IValidatable
{
    /// <summary>Run mode and run-wide switches.</summary>
    public EngineConfig Engine { get; init; } = new();

    /// <summary>Console and file logging.</summary>
    public LoggingConfig Logging { get; init; } = new();

    /// <summary>The strategies that run, each with its own name, type, universe and parameters. Default: none.</summary>
    public IReadOnlyList<StrategyConfig> Strategies { get; init; } = [];

    /// <summary>The signal monitor's polling in paper and live mode.</summary>
    public MonitorConfig Monitor { get; init; } = new();

    /// <summary>Brokers by name (e.g. <c>binanceus</c>, <c>alpaca</c>); each asset class routes to exactly one enabled broker. Default: none.</summary>
    public IReadOnlyDictionary<string, BrokerConfig> Brokers { get; init; } = new Dictionary<string, BrokerConfig>();

    /// <summary>Market data store, sources and routing.</summary>
    public DataConfig Data { get; init; } = new();

    /// <summary>Order sizing and order management.</summary>
    public ExecutionConfig Execution { get; init; } = new();

    /// <summary>Pre-trade limits and the kill switch.</summary>
    public RiskConfig Risk { get; init; } = new();

    /// <summary>Backtest period, capital and cost models.</summary>
    public BacktestingConfig Backtesting { get; init; } = new();

    /// <summary>The runtime dashboard.</summary>
    public DashboardConfig Dashboard { get; init; } = new();

    /// <summary>Alert rules and channels.</summary>
    public AlertsConfig Alerts { get; init; } = new();

    /// <summary>The enabled broker that trades <paramref name="assetClass"/>, or null when none does.</summary>
    public string? BrokerFor(AssetClass assetClass) =>
        Brokers.Where(b => b.Value.Enabled && b.Value.AssetClasses.Contains(assetClass)).Select(b => b.Key).FirstOrDefault();

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path)
    {
        var problems = new List<ConfigProblem>();
        problems.AddRange(Engine.Validate(Check.Path(path, "engine")));
        problems.AddRange(Logging.Validate(Check.Path(path, "logging")));
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Strategies.Count; i++)
        {
            var strategyPath = Check.Index(Check.Path(path, "strategies"), i);
            problems.AddRange(Strategies[i].Validate(strategyPath));
            if (!names.TryAdd(Strategies[i].Name, i))
            {
                problems.Add(new(Check.Path(strategyPath, "name"), $"'{Strategies[i].Name}' is already the name of strategies[{names[Strategies[i].Name]}]; strategy names must be unique"));
            }
        }

        problems.AddRange(Monitor.Validate(Check.Path(path, "monitor")));
        problems.AddRange(ValidateBrokers(Check.Path(path, "brokers")));
        problems.AddRange(Data.Validate(Check.Path(path, "data")));
        problems.AddRange(Execution.Validate(Check.Path(path, "execution")));
        problems.AddRange(Risk.Validate(Check.Path(path, "risk")));
        problems.AddRange(Backtesting.Validate(Check.Path(path, "backtesting")));
        problems.AddRange(Dashboard.Validate(Check.Path(path, "dashboard")));
        problems.AddRange(Alerts.Validate(Check.Path(path, "alerts")));
        if (Engine.Mode != EngineMode.Backtest)
        {
            for (var i = 0; i < Strategies.Count; i++)
            {
                if (Strategies[i].Enabled && Strategies[i].AssetClass is { } assetClass && BrokerFor(assetClass) is null)
                {
                    problems.Add(new(Check.Path(Check.Index(Check.Path(path, "strategies"), i), "asset_class"),
                        $"no enabled broker trades {assetClass.ToString().ToLowerInvariant()}; add it to some brokers.<name>.asset_classes"));
                }
            }
        }

        return problems;
    }

    private IEnumerable<ConfigProblem> ValidateBrokers(string path)
    {
        var owner = new Dictionary<AssetClass, string>();
        foreach (var (name, broker) in Brokers)
        {
            var brokerPath = Check.Path(path, name);
            foreach (var problem in broker.Validate(brokerPath, name))
            {
                yield return problem;
            }

            if (!broker.Enabled)
            {
                continue;
            }

            for (var i = 0; i < broker.AssetClasses.Count; i++)
            {
                var assetClass = broker.AssetClasses[i];
                if (!owner.TryAdd(assetClass, name))
                {
                    yield return new(Check.Index(Check.Path(brokerPath, "asset_classes"), i),
                        $"{assetClass.ToString().ToLowerInvariant()} is already routed to broker '{owner[assetClass]}'; each asset class goes to exactly one enabled broker");
                }
            }
        }
    }
}
