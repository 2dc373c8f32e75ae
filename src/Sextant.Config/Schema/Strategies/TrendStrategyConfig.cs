using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>
/// Single-asset trend following (<c>type: trend</c>): a moving-average crossover. Long while the <c>fast</c> simple
/// moving average of closes is above the <c>slow</c> one, short (when allowed) or flat while below; trades only on a cross.
/// </summary>
public sealed record TrendStrategyConfig : SingleAssetStrategyConfig
{
    /// <summary>The discriminator value.</summary>
    public const string TypeName = "trend";

    /// <summary>Bars in the fast average (at least 2). Default 20.</summary>
    public int Fast { get; init; } = 20;

    /// <summary>Bars in the slow average; above fast. Default 100.</summary>
    public int Slow { get; init; } = 100;

    /// <inheritdoc />
    public override IEnumerable<ConfigProblem> Validate(string path)
    {
        foreach (var problem in base.Validate(path))
        {
            yield return problem;
        }

        foreach (var problem in Check.All(
            Check.Between(Check.Path(path, "fast"), Fast, 2, 1_000_000),
            Check.Between(Check.Path(path, "slow"), Slow, 2, 1_000_000),
            Slow <= Fast ? new ConfigProblem(Check.Path(path, "slow"), $"must be above fast ({Fast}), was {Slow}") : null))
        {
            yield return problem;
        }
    }
}
