using System.Runtime.CompilerServices;
using Sextant.Core.Bars;
using Sextant.Core.Signals;
using Sextant.Core.Time;

namespace Sextant.Backtest.Engine;

internal sealed partial class BacktestRun
{
    private const int ProgressEvery = 1 << 16;
    private const long NanosPerDay = 86_400_000_000_000L;

    /// <summary>
    /// Replays every row: (1) the clock moves to the row's time; (2) each series with a bar there trades it at the
    /// venue (orders decided earlier fill at its open) and marks the portfolio at its close; (3) open orders are checked
    /// for staleness; (4) strategies with a row there decide at the close, their signals go through the broker contexts;
    /// (5) the equity after that is recorded, and fed to the risk limits. Allocation-free when no signal fires.
    /// Pipelined (<see cref="Pipelined"/>) the strategies run on a thread of their own ahead of the rest, with the same result.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per backtest: optimised from the start, not tier 0 until OSR
    public void Loop(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        if (Pipelined)
        {
            LoopPipelined(progress, cancellationToken);
            return;
        }

        var times = _times;
        var sink = _directSink;
        for (var row = 0; row < times.Length; row++)
        {
            var time = times[row];
            _clock.AdvanceTo(time);
            TradeBars(time);
            CheckTimeouts(time);
            StepStrategies(time, row, sink);
            RecordEquity(time, row);
            if ((row & (ProgressEvery - 1)) == ProgressEvery - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report((double)row / times.Length);
            }
        }

        progress?.Report(1.0);
    }

    /// <summary>Each series with a bar at <paramref name="time"/>: its venue takes the bar (by row, read only if an order works there) and its portfolio marks the close.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every row
    private void TradeBars(UnixNanos time)
    {
        foreach (var slot in _series)
        {
            var cursor = slot.Cursor;
            if (!slot.Dense && (cursor >= slot.Count || slot.Times[cursor].Value != time.Value))
            {
                continue;
            }

            var close = slot.Close[cursor];
            slot.Venue.OnRow(slot.VenueIndex, cursor);
            slot.Portfolio.Mark(slot.PortfolioIndex, close);
            slot.LastClose = close;
            slot.Cursor = cursor + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every row
    private void CheckTimeouts(UnixNanos time)
    {
        foreach (var broker in _brokers)
        {
            var orders = broker.Orders;
            if (orders.TimeoutsDue(time))
            {
                var checking = orders.CheckTimeoutsAsync(CancellationToken.None);
                if (!checking.IsCompletedSuccessfully)
                {
                    checking.AsTask().GetAwaiter().GetResult();
                }
            }
        }
    }

    /// <summary>Steps every strategy with a row at <paramref name="time"/> (its signals go to <paramref name="sink"/>) and records its chart series at <paramref name="row"/>.</summary>
    private void StepStrategies(UnixNanos time, int row, RowSink sink)
    {
        var d = 0;
        for (var k = 0; k < _strategies.Length; k++)
        {
            var slot = _strategies[k];
            var frame = slot.Frame;
            if (slot.Cursor < frame.Count && frame.Times[slot.Cursor] == time)
            {
                sink.Slot = slot;
                sink.FrameRow = slot.Cursor;
                slot.Strategy.Step(frame, slot.Cursor, sink);
                slot.Cursor++;
            }

            if (slot.Diagnostics is { } diagnostics)
            {
                var count = _diagnosticCounts[k];
                for (var i = 0; i < count; i++)
                {
                    _diagnostics[d++][row] = diagnostics.Diagnostic(i);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every row
    private void RecordEquity(UnixNanos time, int row)
    {
        var total = 0.0;
        var open = 0;
        foreach (var broker in _brokers)
        {
            var equity = broker.Portfolio.EquityEstimate;
            total += equity;
            open |= broker.Portfolio.OpenPositionCount;

            if (RiskMayMove(broker, time, equity))
            {
                FeedRisk(broker, time, equity);
            }
        }

        _equity[row] = total;
        _rowsOpen += open != 0 ? 1 : 0; // exposure time: rows with a position open after that row's fills
    }

    /// <summary>
    /// Whether the exact risk check can matter at <paramref name="equity"/>: a new day, a new peak, or equity at or below the
    /// floor (zero, the drawdown limit under the peak, the daily loss limit under the day's start). Otherwise no decimal is made.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every row
    private static bool RiskMayMove(BrokerSlot broker, UnixNanos time, double equity) =>
        equity > broker.Peak || time.Value >= broker.NextDay || equity <= broker.Floor;

    /// <summary>
    /// Feeds the exact (decimal) risk check, and moves the broker's peak, day and floor. The floor's limits carry the
    /// alarms' margins for double rounding, so every bar that could breach a limit reaches the exact check.
    /// </summary>
    private void FeedRisk(BrokerSlot broker, UnixNanos time, double equity)
    {
        if (time.Value >= broker.NextDay)
        {
            broker.NextDay = ((time.Value / NanosPerDay) + 1) * NanosPerDay;
            broker.DayStart = equity;
        }

        broker.Peak = Math.Max(broker.Peak, equity);
        var drawdownFloor = double.IsPositiveInfinity(broker.DrawdownAlarm) ? double.NegativeInfinity : broker.Peak * (1 - broker.DrawdownAlarm);
        var dailyFloor = double.IsPositiveInfinity(broker.DailyLossAlarm) ? double.NegativeInfinity : broker.DayStart - broker.DailyLossAlarm;
        broker.Floor = Math.Max(0, Math.Max(drawdownFloor, dailyFloor));
        broker.Context.Risk.OnEquity(time, (decimal)equity);
        if (broker.Context.Risk.KillSwitchTripped && !broker.KillHandled)
        {
            broker.KillHandled = true;
            OnKillSwitch(broker, time);
        }
    }

    private void OnKillSwitch(BrokerSlot broker, UnixNanos time)
    {
        var flatten = _plan.Config.Risk.FlattenOnKill;
        Note($"{time.ToDateTimeOffset():yyyy-MM-dd HH:mm} {broker.Plan.Name}: kill switch: {broker.Context.Risk.KillReason}; open orders cancelled, "
            + (flatten ? "positions flattened (risk.flatten_on_kill)" : "only orders that reduce a position are accepted from now on"));
        foreach (var order in broker.Context.Orders.OpenOrders.ToList())
        {
            var canceling = broker.Context.Orders.CancelAsync(order.Id, CancellationToken.None);
            if (!canceling.IsCompletedSuccessfully)
            {
                canceling.AsTask().GetAwaiter().GetResult();
            }
        }

        if (flatten)
        {
            Flatten(broker, time);
        }
    }

    private void Flatten(BrokerSlot broker, UnixNanos time)
    {
        foreach (var position in broker.Context.Portfolio.Positions.Where(p => !p.IsFlat).ToList())
        {
            var close = _series.First(s => s.Broker == broker && s.Series.Key.Symbol == position.Symbol).LastClose;
            var signal = new Signal(position.Symbol, SignalAction.Flatten, position.AssetClass, position.Strategy, time,
                metadata: new Dictionary<string, object>(StringComparer.Ordinal) { ["reason"] = "kill_switch" });
            _signals.Add(signal);
            var placing = broker.Context.PlaceOrderAsync(signal, (decimal)close, CancellationToken.None);
            if (!placing.IsCompletedSuccessfully)
            {
                placing.AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
