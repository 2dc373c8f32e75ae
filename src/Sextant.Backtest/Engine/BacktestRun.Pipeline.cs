using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Sextant.Config.Schema;
using Sextant.Core.Signals;
using Sextant.Strategies;

namespace Sextant.Backtest.Engine;

/// <content>
/// The pipelined loop: the strategies step on a thread of their own, ahead of the venues, orders and portfolios, which
/// take each row's signals at that row. The result is the same as the single-threaded loop's, because a strategy sees
/// only its bars: nothing it reads depends on what the venue, the order manager or the portfolio did. That holds when the
/// sizing reads no equity (<c>fixed_notional</c>, <c>fixed_quantity</c>); <c>percent_of_equity</c> runs single-threaded.
/// Knowing the signals ahead, the venue side passes a stretch of rows in which nothing is held or working and no signal
/// comes without its per-series work (<see cref="SkipIdle"/>): most of a pairs strategy's rows are flat.
/// </content>
internal sealed partial class BacktestRun
{
    /// <summary>Rows between two publications of the strategies' progress (a shared counter written every row would bounce its cache line between the cores).</summary>
    private const int PublishEvery = 256;

    /// <summary>
    /// Rows of the equity curve the strategies' thread writes (as zero) ahead of the rows it has published, one store per page:
    /// the venue thread, which writes every row's equity, then finds its pages already mapped instead of taking the page faults
    /// itself. The strategies' thread has time to spare; only rows not yet published are touched, so no value of the venue
    /// thread's is ever overwritten.
    /// </summary>
    private const int TouchAhead = 1 << 16;

    /// <summary>Fewer rows than this run single-threaded: starting a thread costs more than it saves.</summary>
    private const int MinPipelinedRows = 20_000;

    /// <summary>True when <see cref="Loop"/> runs the strategies on a second thread (see the type's remarks for when).</summary>
    public bool Pipelined { get; private set; }

    /// <summary>Whether <paramref name="plan"/> over <paramref name="rows"/> rows may run pipelined: allowed by <c>backtesting.pipeline</c>, two cores or more, enough rows, and sizing that reads no equity.</summary>
    private static bool CanPipeline(BacktestPlan plan, int rows) =>
        plan.Config.Backtesting.Pipeline
        && Environment.ProcessorCount > 1
        && rows >= MinPipelinedRows
        && plan.Config.Execution.Sizing.Type is SizingType.FixedNotional or SizingType.FixedQuantity;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per backtest: optimised from the start, not tier 0 until OSR
    private void LoopPipelined(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var times = _times;
        var pipe = new SignalPipe();
        var feed = _feed = new FillFeed(this);
        for (var b = 0; b < _brokers.Length; b++)
        {
            _brokers[b].Orders.AddListener(feed.For(b));
        }

        var strategies = new Thread(() => pipe.Produce(this, cancellationToken)) { IsBackground = true, Name = "sextant-backtest-strategies" };
        strategies.Start();
        var skipIdle = _series.All(s => s.Dense);
        try
        {
            var reader = pipe.OpenReader();
            for (var row = 0; row < times.Length; row++)
            {
                reader.WaitFor(row);
                if (skipIdle && Idle() && reader.QuietUntil(row) is var quiet && quiet > row)
                {
                    SkipIdle(row, quiet, feed, progress, cancellationToken);
                    row = quiet - 1;
                    continue;
                }

                var time = times[row];
                _clock.AdvanceTo(time);
                TradeBars(time);
                CheckTimeouts(time);
                while (reader.TryTake(row, out var entry))
                {
                    Place(entry.Slot, entry.FrameRow, entry.Signal);
                }

                RecordEquity(time, row);
                if ((row & (PublishEvery - 1)) == PublishEvery - 1)
                {
                    feed.Publish();
                    if ((row & (ProgressEvery - 1)) == ProgressEvery - 1)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        progress?.Report((double)row / times.Length);
                    }
                }
            }

            feed.Complete();
        }
        finally
        {
            pipe.Stop();
            strategies.Join();
        }

        pipe.ThrowIfFailed(); // a failure of the strategies' thread after the last row (taking the fills)

        progress?.Report(1.0);
    }

    /// <summary>True when no broker has an open or working order or holds anything: a row then moves only the clock and the marks, and equity is the cash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every row; false at once while anything is held or working
    private bool Idle()
    {
        foreach (var broker in _brokers)
        {
            if (broker.Orders.OpenOrderCount != 0 || !broker.Portfolio.IsFlat || broker.Venue.HasWorkingOrders)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Rows <paramref name="from"/> to <paramref name="to"/> (exclusive) while every broker is idle (<see cref="Idle"/>) and no
    /// signal comes: what the row-by-row loop would do, without its per-series work. Each broker's equity is its cash (the
    /// same double <see cref="Sextant.Portfolio.Portfolio.EquityEstimate"/> gives at any mark), recorded and fed to the risk
    /// limits exactly as <see cref="RecordEquity"/> does (a new day still moves the day's start); the closes are checked as
    /// marking them checks them; the series end the stretch where the row-by-row loop leaves them (cursor, last close, the
    /// venue's row, the portfolio's mark) and the clock at the stretch's last time.
    /// </summary>
    private void SkipIdle(int from, int to, FillFeed feed, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var times = _times;
        var equity = _equity;
        var total = 0.0;
        for (var b = 0; b < _brokers.Length; b++)
        {
            total += _idleEquity[b] = _brokers[b].Portfolio.EquityEstimate;
        }

        foreach (var slot in _series)
        {
            var close = slot.Close;
            for (var r = from; r < to; r++)
            {
                if (!Sextant.Portfolio.Portfolio.IsMarkable(close[r]))
                {
                    slot.Portfolio.Mark(slot.PortfolioIndex, close[r]); // throws as the row-by-row loop would, naming the symbol
                }
            }
        }

        for (var r = from; r < to; r++)
        {
            var time = times[r];
            for (var b = 0; b < _brokers.Length; b++)
            {
                var broker = _brokers[b];
                var cash = _idleEquity[b];
                if (RiskMayMove(broker, time, cash))
                {
                    _clock.AdvanceTo(time);
                    FeedRisk(broker, time, cash);
                }
            }

            equity[r] = total;
        }

        var last = to - 1;
        foreach (var slot in _series)
        {
            var close = slot.Close[last];
            slot.Venue.OnRow(slot.VenueIndex, last); // nothing works there: only the venue's row moves
            slot.Portfolio.Mark(slot.PortfolioIndex, close);
            slot.LastClose = close;
            slot.Cursor = to;
        }

        _clock.AdvanceTo(times[last]);
        if ((from | (PublishEvery - 1)) <= last)
        {
            feed.Publish(); // a publication row was inside the stretch
        }

        if ((from | (ProgressEvery - 1)) <= last)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((double)last / times.Length);
        }
    }

    /// <summary>Where a strategy's signals go while <see cref="StepStrategies"/> steps it: the row and slot are set before each step.</summary>
    private abstract class RowSink : ISignalSink
    {
        /// <summary>The row of the run's timeline being stepped.</summary>
        public int Row;

        /// <summary>The strategy being stepped.</summary>
        public StrategySlot Slot = null!;

        /// <summary>The row of that strategy's frame.</summary>
        public int FrameRow;

        public abstract void Emit(Signal signal);
    }

    /// <summary>The single-threaded loop's sink: each signal is placed at once.</summary>
    private sealed class DirectSink(BacktestRun run) : RowSink
    {
        public override void Emit(Signal signal) => run.Place(Slot, FrameRow, signal);
    }

    /// <summary>One signal on its way from the strategies' thread to the row that places it.</summary>
    private readonly record struct PipeEntry(int Row, StrategySlot Slot, int FrameRow, Signal Signal);

    /// <summary>
    /// A single-producer, single-consumer queue of signals in row order, in linked blocks (never full, so neither side can
    /// block the other; a run keeps all its signals anyway), with the producer's completed rows published every
    /// <see cref="PublishEvery"/> rows: entries first, then the row count (release), read in the opposite order (acquire).
    /// </summary>
    private sealed class SignalPipe : RowSink
    {
        private const int BlockSize = 1024;

        private readonly Block _first = new();
        private Block _tail;
        private int _tailCount;
        private long _written;
        private long _publishedEntries;
        private int _publishedRows;
        private ExceptionDispatchInfo? _failure;
        private volatile bool _stopped;

        public SignalPipe() => _tail = _first;

        /// <summary>Steps every row on the calling thread (the producer), publishing as it goes; a failure is kept for the consumer.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Produce(BacktestRun run, CancellationToken cancellationToken)
        {
            var times = run._times;
            var equity = run._equity;
            var touched = 0;
            var row = 0;
            try
            {
                for (; row < times.Length; row++)
                {
                    Row = row;
                    run.StepStrategies(times[row], row, this);
                    if ((row & (PublishEvery - 1)) == PublishEvery - 1)
                    {
                        Publish(row + 1);
                        touched = TouchEquity(equity, row + 1, touched);
                        run._feed?.Drain();
                        if (_stopped)
                        {
                            return;
                        }

                        if ((row & (ProgressEvery - 1)) == ProgressEvery - 1)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }
                    }
                }

                Publish(times.Length);
                run._feed?.DrainToEnd(() => _stopped);
            }
#pragma warning disable CA1031 // every failure is handed to the consumer, which rethrows it as it was
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _failure = ExceptionDispatchInfo.Capture(ex);
                Publish(row); // the rows before the failing one are complete
            }
        }

        public override void Emit(Signal signal)
        {
            if (_tailCount == BlockSize)
            {
                var next = new Block();
                _tail.Next = next; // published with the entry count, like the entries
                (_tail, _tailCount) = (next, 0);
            }

            _tail.Items[_tailCount++] = new PipeEntry(Row, Slot, FrameRow, signal);
            _written++;
        }

        /// <summary>Writes one zero per 4 KiB page of <paramref name="equity"/> from row <paramref name="touched"/> to <see cref="TouchAhead"/> rows past <paramref name="published"/>; returns the new end.</summary>
        private static int TouchEquity(double[] equity, int published, int touched)
        {
            const int PerPage = 4096 / sizeof(double);
            var end = (int)Math.Min(equity.Length, (long)published + TouchAhead);
            for (var i = Math.Max(touched, published); i < end; i += PerPage)
            {
                equity[i] = 0;
            }

            return Math.Max(touched, end);
        }

        /// <summary>Rethrows the producer's failure, if it had one.</summary>
        public void ThrowIfFailed() => _failure?.Throw();

        /// <summary>Asks the producer to stop at its next publication (the consumer failed or finished).</summary>
        public void Stop() => _stopped = true;

        public PipeReader OpenReader() => new(this);

        private void Publish(int rows)
        {
            Volatile.Write(ref _publishedEntries, _written);
            Volatile.Write(ref _publishedRows, rows);
        }

        private sealed class Block
        {
            public readonly PipeEntry[] Items = new PipeEntry[BlockSize];
            public Block? Next;
        }

        /// <summary>The consumer's side: its cached view of what the producer published, and its place in the queue.</summary>
        public struct PipeReader(SignalPipe pipe)
        {
            private Block _block = pipe._first;
            private int _index;
            private long _read;
            private long _available;
            private int _rows;

            /// <summary>Returns once the producer has completed <paramref name="row"/>; rethrows the producer's failure when it stopped before it.</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)] // every row; the wait itself is out of line
            public void WaitFor(int row)
            {
                if (row >= _rows)
                {
                    Wait(row);
                }
            }

            private void Wait(int row)
            {
                if (row < _rows)
                {
                    return;
                }

                var spin = default(SpinWait);
                while ((_rows = Volatile.Read(ref pipe._publishedRows)) <= row)
                {
                    if (pipe._failure is { } failure && Volatile.Read(ref pipe._publishedRows) <= row)
                    {
                        failure.Throw();
                    }

                    spin.SpinOnce(sleep1Threshold: -1);
                }

                _available = Volatile.Read(ref pipe._publishedEntries);
            }

            /// <summary>
            /// The first row from <paramref name="row"/> on that has a published signal or is not published yet: the rows before
            /// it are complete and brought no signal. Call after <see cref="WaitFor"/>(<paramref name="row"/>).
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public readonly int QuietUntil(int row)
            {
                if (_read == _available)
                {
                    return _rows; // every published entry is taken: no signal up to the published rows
                }

                var next = _index == BlockSize ? _block.Next!.Items[0].Row : _block.Items[_index].Row;
                return Math.Min(Math.Max(next, row), _rows);
            }

            /// <summary>The next signal when it was emitted at <paramref name="row"/> (entries come in row order).</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)] // every row
            public bool TryTake(int row, out PipeEntry entry)
            {
                if (_read == _available)
                {
                    entry = default;
                    return false;
                }

                if (_index == BlockSize)
                {
                    (_block, _index) = (_block.Next!, 0);
                }

                entry = _block.Items[_index];
                if (entry.Row != row)
                {
                    return false;
                }

                _index++;
                _read++;
                return true;
            }
        }
    }
}
