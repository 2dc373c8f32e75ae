using Sextant.Config.Validation;
using Sextant.Core.Instruments;

namespace Sextant.Config.Schema;

/// <summary>A strategy that trades each of its symbols on its own (mean reversion, trend): the shared <c>symbols</c> and <c>allow_short</c> keys.</summary>
public abstract record SingleAssetStrategyConfig : StrategyConfig
{
    /// <summary>The symbols traded, each independently. At least one.</summary>
    public IReadOnlyList<Symbol> Symbols { get; init; } = [];

    /// <summary>Also take short positions (otherwise long or flat). Default false.</summary>
    public bool AllowShort { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Symbol> Universe => Symbols.Distinct();

    /// <inheritdoc />
    public override IEnumerable<ConfigProblem> Validate(string path)
    {
        foreach (var problem in base.Validate(path))
        {
            yield return problem;
        }

        if (Symbols.Count == 0)
        {
            yield return new(Check.Path(path, "symbols"), "needs at least one symbol, e.g. [BTCUSDT]");
        }
    }
}
