using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Sizing;

namespace Sextant.Strategies;

/// <summary>
/// A strategy that trades each of its symbols on its own: resolves each symbol's close column, skips rows where the
/// symbol has no bar, checks prices, and turns a wanted direction (−1, 0, +1) into a Target signal sized from
/// <see cref="TradingStrategy.Sizing"/>. Subclasses decide the direction per bar.
/// </summary>
public abstract class SingleAssetStrategy : TradingStrategy
{
    private readonly double[][] _closes;
    private readonly int[] _direction;

    /// <summary>Creates the strategy over <paramref name="config"/>'s symbols.</summary>
    protected SingleAssetStrategy(SingleAssetStrategyConfig config, IStrategySizing sizing)
        : base(new StrategyId(config?.Name ?? string.Empty), config!.AssetClass ?? AssetClass.Crypto, [.. config.Universe], sizing)
    {
        AllowShort = config.AllowShort;
        _closes = new double[Universe.Count][];
        _direction = new int[Universe.Count];
    }

    /// <summary>Whether short positions are taken.</summary>
    protected bool AllowShort { get; }

    /// <summary>The direction currently held for symbol <paramref name="index"/>: −1, 0 or +1.</summary>
    public int DirectionOf(int index) => _direction[index];

    /// <inheritdoc />
    protected sealed override void Bind(BarFrame frame)
    {
        for (var i = 0; i < Universe.Count; i++)
        {
            _closes[i] = frame.CloseColumn(frame.ColumnOf(Universe[i]));
        }
    }

    /// <inheritdoc />
    protected sealed override void OnBar(BarFrame frame, int row, ISignalSink sink)
    {
        for (var i = 0; i < _closes.Length; i++)
        {
            var close = _closes[i][row];
            if (double.IsNaN(close))
            {
                continue;
            }

            if (!(close > 0) || close == double.PositiveInfinity)
            {
                throw new InvalidDataException(
                    $"{Universe[i]} close at {frame.Times[row].ToDateTimeOffset():yyyy-MM-dd HH:mm:ss}Z is {close}; prices must be positive and finite");
            }

            var wanted = Decide(i, close, _direction[i], out var reason);
            if (wanted != _direction[i])
            {
                _direction[i] = wanted;
                Emit(i, wanted, reason!, frame, row, close, sink);
            }
        }
    }

    /// <summary>Updates symbol <paramref name="index"/>'s state with <paramref name="close"/> and returns the direction wanted now (and why, when it changes).</summary>
    protected abstract int Decide(int index, double close, int current, out string? reason);

    /// <summary>Context for the signal metadata of symbol <paramref name="index"/> (indicator values).</summary>
    protected abstract void Describe(int index, Dictionary<string, object> metadata);

    private void Emit(int index, int direction, string reason, BarFrame frame, int row, double close, ISignalSink sink)
    {
        var size = Sizing.SizeFor(Id);
        var units = size.Quantity ?? (size.Notional!.Value / (decimal)close);
        var metadata = new Dictionary<string, object>(StringComparer.Ordinal) { ["reason"] = reason };
        Describe(index, metadata);
        sink.Emit(new Signal(Universe[index], SignalAction.Target, AssetClass, Id, frame.Times[row], targetQuantity: direction * units, metadata: metadata));
    }
}
