using Sextant.Config.Schema;
using Sextant.Strategies.Cointegration;
using Sextant.Strategies.Sizing;

namespace Sextant.Strategies.Registry;

/// <summary>
/// Creates strategies from their <c>strategies:</c> config entries by <c>type</c>. <see cref="Default"/> knows every
/// built-in type; a user registers more with <see cref="Register{TConfig}"/>.
/// </summary>
public sealed class StrategyRegistry
{
    private readonly Dictionary<Type, Func<StrategyConfig, IStrategySizing, TradingStrategy>> _factories = [];

    /// <summary>A registry with the built-in strategies.</summary>
    public static StrategyRegistry Default
    {
        get
        {
            var registry = new StrategyRegistry();
            registry.Register<CointegrationStrategyConfig>((c, s) => new CointegrationStrategy(c, s));
            registry.Register<MeanReversionStrategyConfig>((c, s) => new MeanReversion.MeanReversionStrategy(c, s));
            registry.Register<TrendStrategyConfig>((c, s) => new Trend.TrendStrategy(c, s));
            return registry;
        }
    }

    /// <summary>Registers the factory for configs of type <typeparamref name="TConfig"/>.</summary>
    public void Register<TConfig>(Func<TConfig, IStrategySizing, TradingStrategy> factory)
        where TConfig : StrategyConfig
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factories[typeof(TConfig)] = (config, sizing) => factory((TConfig)config, sizing);
    }

    /// <summary>Creates the strategy for <paramref name="config"/>; throws naming the type when none is registered.</summary>
    public TradingStrategy Create(StrategyConfig config, IStrategySizing sizing)
    {
        ArgumentNullException.ThrowIfNull(config);
        return _factories.TryGetValue(config.GetType(), out var factory)
            ? factory(config, sizing)
            : throw new InvalidOperationException($"strategy {config.Name}: no strategy is registered for type '{config.Type}'");
    }

    /// <summary>Creates every enabled strategy of <paramref name="configs"/>.</summary>
    public IReadOnlyList<TradingStrategy> CreateAll(IEnumerable<StrategyConfig> configs, IStrategySizing sizing) =>
        [.. configs.Where(c => c.Enabled).Select(c => Create(c, sizing))];
}
