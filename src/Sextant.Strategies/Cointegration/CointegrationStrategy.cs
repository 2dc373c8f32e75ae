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
    private readonly double[] _scratchSpread;

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
        _scratchSpread = new double[config.Lookback];
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
        }
    }

    /// <inheritdoc />
    protected override void OnBar(BarFrame frame, int row, ISignalSink sink)
    {
        foreach (var pair in _pairs)
        {
            var closeY = pair.CloseY[row];
            var closeX = pair.CloseX[row];
            if (double.IsNaN(closeY) || double.IsNaN(closeX))
            {
                continue;
            }

            CheckPrice(pair.Y, closeY, frame, row);
            CheckPrice(pair.X, closeX, frame, row);
            var log = _config.PriceTransform == PriceTransform.Log;
            pair.Regression.Add(log ? Math.Log(closeX) : closeX, log ? Math.Log(closeY) : closeY);
            if (!pair.Regression.IsWarm)
            {
                continue;
            }

            Retest(pair);
            var z = pair.Regression.Z;
            if (double.IsNaN(z))
            {
                continue;
            }

            var reason = Decide(pair, z);
            if (reason is not null)
            {
                Emit(pair, reason, frame, row, closeY, closeX, sink);
            }
        }
    }

    internal string? Decide(PairState pair, double z)
    {
        var entry = _config.EntryZ;
        var exit = _config.ExitZ;
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void CheckPrice(Symbol symbol, double close, BarFrame frame, int row)
    {
        if (!(close > 0) || close == double.PositiveInfinity)
        {
            ThrowBadPrice(symbol, close, frame, row);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowBadPrice(Symbol symbol, double close, BarFrame frame, int row) =>
        throw new InvalidDataException(
            $"{symbol} close at {frame.Times[row].ToDateTimeOffset():yyyy-MM-dd HH:mm:ss}Z is {close}; prices must be positive and finite");
}
