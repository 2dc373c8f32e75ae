using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>
/// Single-asset mean reversion (<c>type: mean_reversion</c>): z = (close − mean) / std of the last <c>lookback</c> closes
/// (Bollinger bands in z units); buy at z ≤ −entry_z, sell short at z ≥ entry_z when allowed, exit when z crosses back
/// inside ±exit_z.
/// </summary>
public sealed record MeanReversionStrategyConfig : SingleAssetStrategyConfig
{
    /// <summary>The discriminator value.</summary>
    public const string TypeName = "mean_reversion";

    /// <summary>Closes in the rolling mean and standard deviation. Default 120.</summary>
    public int Lookback { get; init; } = 120;

    /// <summary>Enter when |z| reaches this. Default 2.0.</summary>
    public double EntryZ { get; init; } = 2.0;

    /// <summary>Exit when z is back inside ±exit_z; below entry_z. Default 0.0 (the mean).</summary>
    public double ExitZ { get; init; }

    /// <inheritdoc />
    public override IEnumerable<ConfigProblem> Validate(string path)
    {
        foreach (var problem in base.Validate(path))
        {
            yield return problem;
        }

        foreach (var problem in Check.All(
            Check.Between(Check.Path(path, "lookback"), Lookback, 3, 1_000_000),
            Check.Between(Check.Path(path, "entry_z"), EntryZ, 0.1, 10),
            Check.Between(Check.Path(path, "exit_z"), ExitZ, -10, 10),
            ExitZ >= EntryZ ? new ConfigProblem(Check.Path(path, "exit_z"), $"must be below entry_z ({Check.Fmt(EntryZ)}), was {Check.Fmt(ExitZ)}") : null))
        {
            yield return problem;
        }
    }
}
