using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Sizing;

namespace Sextant.Strategies.Cointegration;

/// <summary>
/// Pairs trading on the z-score of the spread y − α − βx (log or level prices), with a rolling-OLS or fixed hedge
/// ratio. Exact rules (the backtester issue's default semantics): a pair uses only rows where both legs have a bar;
/// with a full window of <c>lookback</c> aligned bars, z = e_t / sqrt(Σe²/(n−1)); flat and z ≥ entry_z → short the
/// spread, z ≤ −entry_z → long; long and z ≥ −exit_z, or short and z ≤ exit_z → exit; optional stop at |z| ≥ stop_z and
/// exit after max_holding_bars; no entry on the bar of an exit. After a stop or timeout the pair waits until |z| is back
/// inside entry_z before it enters again. Targets on entry: y = ±N/close_y, x = ∓β·N/close_x (log) or ∓β·|y| (level).
/// </summary>
public sealed partial class CointegrationStrategy : TradingStrategy
{
    private readonly CointegrationStrategyConfig _config;
    private readonly PairState[] _pairs;
    private readonly double[] _scratchX;
    private readonly double[] _scratchY;

    // Read on every bar: kept in fields rather than read through the config record.
    private readonly bool _log;
    private readonly bool _retest;
    private readonly double _entryZ;
    private readonly double _exitZ;

    /// <summary>Builds the strategy from its config section.</summary>
    public CointegrationStrategy(CointegrationStrategyConfig config, IStrategySizing sizing)
        : base(new StrategyId(config?.Name ?? string.Empty), config!.AssetClass ?? AssetClass.Crypto, [.. config.Universe], sizing)
    {
        _config = config;
        var fixedBeta = config.HedgeRatio.Kind == HedgeRatioKind.Fixed ? config.HedgeRatio.Value : double.NaN;
        _pairs = [.. config.Pairs.Select(p => new PairState(p[0], p[1], config.HedgeRatio.Kind == HedgeRatioKind.Kalman
            ? new KalmanPairFilter(config.Lookback, config.KalmanDelta, config.KalmanObservationVariance)
            : new RollingPairRegression(config.Lookback, fixedBeta)) { UntilRetest = config.Lookback })];
        _scratchX = new double[config.Lookback];
        _scratchY = new double[config.Lookback];
        _log = config.PriceTransform == PriceTransform.Log;
        _retest = config.RetestEvery is not null;
        _entryZ = config.EntryZ;
        _exitZ = config.ExitZ;
    }

    /// <summary>The current spread position of the pair (y, x).</summary>
    public PairPosition PositionOf(Symbol y, Symbol x) =>
        _pairs.First(p => p.Y == y && p.X == x).Position;

    /// <inheritdoc />
    protected override void Bind(BarFrame frame)
    {
        foreach (var pair in _pairs)
        {
            pair.ColumnY = frame.ColumnOf(pair.Y);
            pair.ColumnX = frame.ColumnOf(pair.X);
            pair.CloseY = frame.CloseColumn(pair.ColumnY);
            pair.CloseX = frame.CloseColumn(pair.ColumnX);
            pair.LogY = _log ? frame.LogCloseColumn(pair.ColumnY) : null;
            pair.LogX = _log ? frame.LogCloseColumn(pair.ColumnX) : null;
        }
    }

    /// <inheritdoc />
    protected override void OnBar(BarFrame frame, int row, ISignalSink sink)
    {
        var pairs = _pairs;
        for (var p = 0; p < pairs.Length; p++)
        {
            var pair = pairs[p];
            double x, y;
            if (pair.LogY is { } logY && pair.LogX is { } logX)
            {
                // The frame's precomputed logs are Math.Log of the same closes: the same values, without two logarithms per
                // bar. A log is finite exactly when its close is positive and finite, so the closes are read only when not.
                (x, y) = (logX[row], logY[row]);
                if (!(double.IsFinite(x) && double.IsFinite(y)) && !Usable(pair, frame, row))
                {
                    continue;
                }
            }
            else
            {
                if (!Usable(pair, frame, row))
                {
                    continue;
                }

                (x, y) = (pair.CloseX[row], pair.CloseY[row]);
                if (_log)
                {
                    (x, y) = (Math.Log(x), Math.Log(y));
                }
            }

            var z = pair.Regression.Add(x, y);
            if (_retest && pair.Regression.IsWarm)
            {
                Retest(pair);
            }

            // NaN: not warm yet, or a degenerate window. Flat inside the entry band (the usual bar): Decide would return null.
            if (double.IsNaN(z) || (pair.Position == PairPosition.Flat && !pair.WaitForReset && z < _entryZ && z > -_entryZ))
            {
                continue;
            }

            var reason = Decide(pair, z);
            if (reason is not null)
            {
                Emit(pair, reason, frame, row, pair.CloseY[row], pair.CloseX[row], sink);
            }
        }
    }

    internal string? Decide(PairState pair, double z)
    {
        var entry = _entryZ;
        var exit = _exitZ;
        switch (pair.Position)
        {
            case PairPosition.Flat:
                if (pair.WaitForReset)
                {
                    pair.WaitForReset = Math.Abs(z) >= entry;
                    return null;
                }

                if (!pair.Tradable)
                {
                    return null;
                }

                if (z >= entry)
                {
                    pair.Position = PairPosition.ShortSpread;
                    pair.HeldBars = 0;
                    return EntryShort;
                }

                if (z <= -entry)
                {
                    pair.Position = PairPosition.LongSpread;
                    pair.HeldBars = 0;
                    return EntryLong;
                }

                return null;
            default:
                pair.HeldBars++;
                var sign = pair.Position == PairPosition.LongSpread ? -1 : 1;
                string? reason = null;
                if (sign * z <= exit)
                {
                    reason = Exit;
                }
                else if (_config.StopZ is { } stop && sign * z >= stop)
                {
                    reason = Stop;
                }
                else if (_config.MaxHoldingBars is { } max && pair.HeldBars >= max)
                {
                    reason = Timeout;
                }

                if (reason is not null)
                {
                    pair.Position = PairPosition.Flat;
                    pair.WaitForReset = reason != Exit;
                }

                return reason;
        }
    }

    private void Retest(PairState pair)
    {
        if (_config.RetestEvery is not { } every || --pair.UntilRetest > 0)
        {
            return;
        }

        pair.UntilRetest = every;
        var n = pair.Regression.Count;
        pair.Regression.CopyWindow(_scratchX, _scratchY);
        var result = Research.Cointegration.EngleGranger.Test(_scratchY.AsSpan(0, n), _scratchX.AsSpan(0, n));
        pair.LastPValue = result.PValue;
        pair.Tradable = result.PValue <= _config.MaxPValue;
    }

    /// <summary>
    /// False when a leg has no bar at <paramref name="row"/> (NaN: the pair uses only rows where both traded); true when both
    /// closes are positive and finite; throws for any other close.
    /// </summary>
    private static bool Usable(PairState pair, BarFrame frame, int row)
    {
        var closeY = pair.CloseY[row];
        var closeX = pair.CloseX[row];
        if (closeY > 0 && closeX > 0 && closeY < double.PositiveInfinity && closeX < double.PositiveInfinity)
        {
            return true;
        }

        if (double.IsNaN(closeY) || double.IsNaN(closeX))
        {
            return false;
        }

        ThrowBadPrice(pair, closeY, closeX, frame, row);
        return false;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowBadPrice(PairState pair, double closeY, double closeX, BarFrame frame, int row)
    {
        var (symbol, close) = !(closeY > 0) || closeY == double.PositiveInfinity ? (pair.Y, closeY) : (pair.X, closeX);
        throw new InvalidDataException(
            $"{symbol} close at {frame.Times[row].ToDateTimeOffset():yyyy-MM-dd HH:mm:ss}Z is {close}; prices must be positive and finite");
    }
}
