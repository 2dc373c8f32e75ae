using Sextant.Config.Binding;
using Sextant.Config.Validation;
using Sextant.Core.Instruments;

namespace Sextant.Config.Schema;

/// <summary>Prices the spread is computed on.</summary>
public enum PriceTransform
{
    /// <summary>Natural log of the close (default).</summary>
    Log,

    /// <summary>The close itself.</summary>
    Level,
}

/// <summary>A cointegration pairs strategy (<c>type: cointegration</c>): trades the z-score of the spread y − α − βx of each pair.</summary>
public sealed record CointegrationStrategyConfig : StrategyConfig
{
    /// <summary>The discriminator value.</summary>
    public const string TypeName = "cointegration";

    /// <summary>Pairs as [y, x]; the first symbol is the regression's dependent. At least one.</summary>
    public IReadOnlyList<IReadOnlyList<Symbol>> Pairs { get; init; } = [];

    /// <summary>Bars in the rolling regression window. Default 240.</summary>
    public int Lookback { get; init; } = 240;

    /// <summary>Enter when |z| reaches this. Default 2.0.</summary>
    public double EntryZ { get; init; } = 2.0;

    /// <summary>Exit when z crosses back inside ±exit_z; must be below entry_z. Default 0.5.</summary>
    public double ExitZ { get; init; } = 0.5;

    /// <summary>Stop out when |z| reaches this; above entry_z. Default: no stop.</summary>
    public double? StopZ { get; init; }

    /// <summary>rolling (default), kalman, or a fixed number.</summary>
    public HedgeRatioSetting HedgeRatio { get; init; } = HedgeRatioSetting.Rolling;

    /// <summary>
    /// Kalman hedge ratio: how fast β and α may drift per bar, δ in the state noise δ/(1−δ)·I. Default 1e-8, suited to log
    /// prices of minute bars (the forecast variance grows with δ·x², so level prices and longer bars want other values).
    /// </summary>
    public double KalmanDelta { get; init; } = 1e-8;

    /// <summary>Kalman hedge ratio: the observation noise variance V_e, in squared transformed-price units. Default 1e-7 (log prices).</summary>
    public double KalmanObservationVariance { get; init; } = 1e-7;

    /// <summary>log (default) or level prices.</summary>
    public PriceTransform PriceTransform { get; init; } = PriceTransform.Log;

    /// <summary>Exit a position held this many bars. Default: no limit.</summary>
    public int? MaxHoldingBars { get; init; }

    /// <summary>Re-run the Engle–Granger test every this many bars and skip pairs above <see cref="MaxPValue"/>. Default: never.</summary>
    public int? RetestEvery { get; init; }

    /// <summary>Largest Engle–Granger p-value at which a pair still trades, when re-testing. Default 0.05.</summary>
    [ConfigKey("max_pvalue")]
    public double MaxPValue { get; init; } = 0.05;

    /// <inheritdoc />
    public override IEnumerable<Symbol> Universe => Pairs.SelectMany(p => p).Distinct();

    /// <inheritdoc />
    public override IEnumerable<ConfigProblem> Validate(string path)
    {
        foreach (var problem in base.Validate(path))
        {
            yield return problem;
        }

        var pairsPath = Check.Path(path, "pairs");
        if (Pairs.Count == 0)
        {
            yield return new(pairsPath, "needs at least one pair, e.g. [[BTCUSDT, ETHUSDT]]");
        }

        for (var i = 0; i < Pairs.Count; i++)
        {
            if (Pairs[i].Count != 2)
            {
                yield return new(Check.Index(pairsPath, i), $"a pair has exactly two symbols [y, x], was {Pairs[i].Count}");
            }
            else if (Pairs[i][0] == Pairs[i][1])
            {
                yield return new(Check.Index(pairsPath, i), $"a pair needs two different symbols, was [{Pairs[i][0]}, {Pairs[i][1]}]");
            }
        }

        foreach (var problem in Check.All(
            Check.Between(Check.Path(path, "lookback"), Lookback, 10, 1_000_000),
            Check.Between(Check.Path(path, "entry_z"), EntryZ, 0.1, 10),
            Check.Between(Check.Path(path, "exit_z"), ExitZ, 0, 10),
            ExitZ >= EntryZ ? new ConfigProblem(Check.Path(path, "exit_z"), $"must be below entry_z ({Check.Fmt(EntryZ)}), was {Check.Fmt(ExitZ)}") : null,
            StopZ is { } stop && stop <= EntryZ ? new ConfigProblem(Check.Path(path, "stop_z"), $"must be above entry_z ({Check.Fmt(EntryZ)}), was {Check.Fmt(stop)}") : null,
            MaxHoldingBars is { } bars ? Check.Between(Check.Path(path, "max_holding_bars"), bars, 1, int.MaxValue) : null,
            RetestEvery is { } every ? Check.Between(Check.Path(path, "retest_every"), every, 1, int.MaxValue) : null,
            KalmanDelta is > 0 and < 1 ? null : new ConfigProblem(Check.Path(path, "kalman_delta"), $"must be above 0 and below 1, was {Check.Fmt(KalmanDelta)}"),
            KalmanObservationVariance > 0 && double.IsFinite(KalmanObservationVariance) ? null : new ConfigProblem(Check.Path(path, "kalman_observation_variance"), $"must be positive, was {Check.Fmt(KalmanObservationVariance)}"),
            MaxPValue is > 0 and <= 1 ? null : new ConfigProblem(Check.Path(path, "max_pvalue"), $"must be above 0 and at most 1, was {Check.Fmt(MaxPValue)}")))
        {
            yield return problem;
        }
    }
}
