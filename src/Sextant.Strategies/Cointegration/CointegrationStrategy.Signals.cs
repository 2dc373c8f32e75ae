using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Strategies.Frames;

namespace Sextant.Strategies.Cointegration;

public sealed partial class CointegrationStrategy
{
    /// <summary>Reason of an entry into a long spread.</summary>
    public const string EntryLong = "entry_long";

    /// <summary>Reason of an entry into a short spread.</summary>
    public const string EntryShort = "entry_short";

    /// <summary>Reason of an exit when z came back inside exit_z.</summary>
    public const string Exit = "exit";

    /// <summary>Reason of an exit at stop_z.</summary>
    public const string Stop = "stop";

    /// <summary>Reason of an exit after max_holding_bars.</summary>
    public const string Timeout = "timeout";

    private void Emit(PairState pair, string reason, BarFrame frame, int row, double closeY, double closeX, ISignalSink sink)
    {
        var regression = pair.Regression;
        if (pair.Position == PairPosition.Flat)
        {
            pair.TargetY = 0m;
            pair.TargetX = 0m;
        }
        else
        {
            var direction = pair.Position == PairPosition.LongSpread ? 1m : -1m;
            var beta = (decimal)regression.Beta;
            var size = Sizing.SizeFor(Id);
            var priceY = (decimal)closeY;
            var priceX = (decimal)closeX;
            var log = _config.PriceTransform == Config.Schema.PriceTransform.Log;
            var unitsY = size.Quantity ?? (size.Notional!.Value / priceY);
            pair.TargetY = direction * unitsY;
            pair.TargetX = log
                ? -direction * beta * (size.Quantity is { } q ? q * priceY : size.Notional!.Value) / priceX
                : -direction * beta * unitsY;
        }

        // One immutable metadata per leg, the second sharing the first's keys and boxed values (only "leg" differs).
        var halfLife = regression.HalfLife();
        var legY = double.IsNaN(pair.LastPValue)
            ? SignalMetadata.Of([
                new("reason", reason), new("pair", pair.Name), new("z", regression.Z), new("hedge_ratio", regression.Beta),
                new("intercept", regression.Alpha), new("spread", regression.Residual), new("spread_std", regression.ResidualStd),
                new("half_life", halfLife), new("leg", "y")])
            : SignalMetadata.Of([
                new("reason", reason), new("pair", pair.Name), new("z", regression.Z), new("hedge_ratio", regression.Beta),
                new("intercept", regression.Alpha), new("spread", regression.Residual), new("spread_std", regression.ResidualStd),
                new("half_life", halfLife), new("eg_pvalue", pair.LastPValue), new("leg", "y")]);
        var time = frame.Times[row];
        sink.Emit(new Signal(pair.Y, SignalAction.Target, AssetClass, Id, time, targetQuantity: TotalTarget(pair.Y), metadata: legY));
        sink.Emit(new Signal(pair.X, SignalAction.Target, AssetClass, Id, time, targetQuantity: TotalTarget(pair.X), metadata: legY.With("leg", "x")));
    }

    /// <summary>The strategy's target for <paramref name="symbol"/>: the sum of its legs over every pair that holds it.</summary>
    private decimal TotalTarget(Symbol symbol)
    {
        var total = 0m;
        foreach (var pair in _pairs)
        {
            total += (pair.Y == symbol ? pair.TargetY : 0m) + (pair.X == symbol ? pair.TargetX : 0m);
        }

        return total;
    }
}
