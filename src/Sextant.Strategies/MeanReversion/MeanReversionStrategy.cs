using Sextant.Config.Schema;
using Sextant.Strategies.Indicators;
using Sextant.Strategies.Sizing;

namespace Sextant.Strategies.MeanReversion;

/// <summary>
/// Single-asset mean reversion on the z-score of the close against its rolling mean and standard deviation (ddof 1)
/// over <c>lookback</c> closes including the current one: flat and z ≤ −entry_z → long; flat and z ≥ entry_z → short
/// (when allowed); long and z ≥ −exit_z, or short and z ≤ exit_z → flat. No new entry on the bar of an exit.
/// </summary>
public sealed class MeanReversionStrategy : SingleAssetStrategy
{
    private readonly MeanReversionStrategyConfig _config;
    private readonly RollingStats[] _stats;
    private readonly double[] _z;

    /// <summary>Builds the strategy from its config section.</summary>
    public MeanReversionStrategy(MeanReversionStrategyConfig config, IStrategySizing sizing)
        : base(config, sizing)
    {
        _config = config;
        _stats = [.. Universe.Select(_ => new RollingStats(config.Lookback))];
        _z = new double[Universe.Count];
    }

    /// <summary>Reason of an entry into a long position.</summary>
    public const string EntryLong = "entry_long";

    /// <summary>Reason of an entry into a short position.</summary>
    public const string EntryShort = "entry_short";

    /// <summary>Reason of an exit.</summary>
    public const string Exit = "exit";

    /// <inheritdoc />
    protected override int Decide(int index, double close, int current, out string? reason)
    {
        reason = null;
        var stats = _stats[index];
        stats.Add(close);
        var std = stats.StandardDeviation;
        if (!stats.IsWarm || !(std > 0))
        {
            _z[index] = double.NaN;
            return current;
        }

        var z = (close - stats.Mean) / std;
        _z[index] = z;
        switch (current)
        {
            case 0 when z <= -_config.EntryZ:
                reason = EntryLong;
                return 1;
            case 0 when z >= _config.EntryZ && AllowShort:
                reason = EntryShort;
                return -1;
            case 1 when z >= -_config.ExitZ:
            case -1 when z <= _config.ExitZ:
                reason = Exit;
                return 0;
            default:
                return current;
        }
    }

    /// <inheritdoc />
    protected override void Describe(int index, Dictionary<string, object> metadata)
    {
        metadata["z"] = _z[index];
        metadata["mean"] = _stats[index].Mean;
        metadata["std"] = _stats[index].StandardDeviation;
    }
}
