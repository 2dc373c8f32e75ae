using Sextant.Config.Schema;
using Sextant.Strategies.Indicators;
using Sextant.Strategies.Sizing;

namespace Sextant.Strategies.Trend;

/// <summary>
/// Moving-average crossover: once both simple averages are full, a cross of the fast average above the slow one goes
/// long; a cross below goes short (when allowed) or flat. The first full bar sets the side without trading: only crosses
/// trade, so a start in the middle of a trend does not chase it.
/// </summary>
public sealed class TrendStrategy : SingleAssetStrategy
{
    private readonly RollingStats[] _fast;
    private readonly RollingStats[] _slow;
    private readonly int[] _side;

    /// <summary>Builds the strategy from its config section.</summary>
    public TrendStrategy(TrendStrategyConfig config, IStrategySizing sizing)
        : base(config, sizing)
    {
        ArgumentNullException.ThrowIfNull(config);
        _fast = [.. Universe.Select(_ => new RollingStats(config.Fast))];
        _slow = [.. Universe.Select(_ => new RollingStats(config.Slow))];
        _side = new int[Universe.Count];
    }

    /// <summary>Reason when the fast average crosses above the slow one.</summary>
    public const string CrossUp = "cross_up";

    /// <summary>Reason when the fast average crosses below the slow one.</summary>
    public const string CrossDown = "cross_down";

    /// <inheritdoc />
    protected override int Decide(int index, double close, int current, out string? reason)
    {
        reason = null;
        _fast[index].Add(close);
        _slow[index].Add(close);
        if (!_slow[index].IsWarm)
        {
            return current;
        }

        var difference = _fast[index].Mean - _slow[index].Mean;
        var side = difference > 0 ? 1 : difference < 0 ? -1 : _side[index];
        var previous = _side[index];
        _side[index] = side;
        if (previous == 0 || side == previous)
        {
            return current;
        }

        reason = side > 0 ? CrossUp : CrossDown;
        return side > 0 ? 1 : AllowShort ? -1 : 0;
    }

    /// <inheritdoc />
    protected override void Describe(int index, Dictionary<string, object> metadata)
    {
        metadata["fast_ma"] = _fast[index].Mean;
        metadata["slow_ma"] = _slow[index].Mean;
    }
}
