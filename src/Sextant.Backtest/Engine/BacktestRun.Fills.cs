using Sextant.Backtest.Results;
using Sextant.Core.Orders;
using Sextant.Execution.Orders;

namespace Sextant.Backtest.Engine;

/// <content>
/// A pipelined run's fills go, as they happen, from the venue thread to the strategies' thread, which has time to spare
/// once its rows are done: it cuts them into round trips and sums their commission and notional there, so the results
/// need not walk every fill (and every fill's order and signal) again after the loop. Fills are taken in the order the
/// results list them (by time, then broker), so the figures are exactly those of the single-threaded run.
/// </content>
internal sealed partial class BacktestRun
{
    /// <summary>The fills on their way to the strategies' thread, or null (single-threaded runs; results then compute it all).</summary>
    private FillFeed? _feed;

    /// <summary>The book (pair) a fill belongs to: its signal's "pair", else its symbol.</summary>
    private static string BookOf(Order order, Fill fill) => BookOf(order.Signal?.Metadata, fill);

    /// <summary>The book named by a signal's metadata ("pair"), else the fill's symbol.</summary>
    private static string BookOf(IReadOnlyDictionary<string, object>? metadata, Fill fill) =>
        metadata is not null && metadata.TryGetValue("pair", out var pair) && pair is string name ? name : fill.Symbol.Value;

    /// <summary>One fill on its way, with the order it filled and its broker's index (the results' tie-break at equal times).</summary>
    private readonly record struct FillEntry(Fill Fill, Order Order, int Broker);

    /// <summary>
    /// A single-producer (the venue thread), single-consumer (the strategies' thread) queue of fills in linked blocks, published
    /// in batches; the consumer's products (round trips and fill totals) are read once both threads are done.
    /// </summary>
    private sealed class FillFeed(BacktestRun run)
    {
        private const int BlockSize = 1024;

        private readonly Block _first = new();
        private readonly RoundTripBuilder _trips = new();
        private readonly List<FillEntry> _instant = []; // the fills of one instant, put in broker order before use
        private Block? _tail;
        private int _tailCount;
        private long _written;
        private long _published;
        private volatile bool _complete;

        // The consumer's place and view.
        private Block? _readBlock;
        private int _readIndex;
        private long _read;

        /// <summary>Fills taken so far (all of them once complete and drained).</summary>
        public long Count => _read;

        /// <summary>Commission and notional of the fills taken, in the results' order.</summary>
        public FillTotals Totals { get; } = new(run);

        public IReadOnlyList<RoundTrip> Trips => _trips.Trips;

        /// <summary>A listener for the order manager of broker <paramref name="broker"/> (its index in the run).</summary>
        public IOrderListener For(int broker) => new BrokerListener(this, broker);

        /// <summary>Producer: makes the fills so far visible to the consumer.</summary>
        public void Publish() => Volatile.Write(ref _published, _written);

        /// <summary>Producer: no fill will follow.</summary>
        public void Complete()
        {
            Publish();
            _complete = true;
        }

        /// <summary>Consumer: takes what has been published (the last instant's fills wait for the next instant, or for the end).</summary>
        public void Drain()
        {
            var available = Volatile.Read(ref _published);
            _readBlock ??= _first;
            while (_read < available)
            {
                if (_readIndex == BlockSize)
                {
                    (_readBlock, _readIndex) = (_readBlock.Next!, 0);
                }

                var entry = _readBlock.Items[_readIndex++];
                _read++;
                if (_instant.Count > 0 && entry.Fill.Time.Value != _instant[0].Fill.Time.Value)
                {
                    TakeInstant();
                }

                _instant.Add(entry);
            }
        }

        /// <summary>Consumer: drains until the producer completes (or <paramref name="stopped"/> says the run failed), then takes the last instant.</summary>
        public void DrainToEnd(Func<bool> stopped)
        {
            var spin = default(SpinWait);
            while (true)
            {
                // Stopped is read before complete: the producer completes before it stops, so a stop seen here with the feed
                // incomplete means the run failed, not that the last fills are still to be read.
                var stop = stopped();
                var complete = _complete;
                Drain();
                if (complete && _read == Volatile.Read(ref _published))
                {
                    break;
                }

                if (stop)
                {
                    return;
                }

                spin.SpinOnce(sleep1Threshold: -1);
            }

            TakeInstant();
        }

        private void Add(Fill fill, Order order, int broker)
        {
            if (_tail is null)
            {
                _tail = _first;
            }
            else if (_tailCount == BlockSize)
            {
                var next = new Block();
                _tail.Next = next; // published with the count, like the entries
                (_tail, _tailCount) = (next, 0);
            }

            _tail.Items[_tailCount++] = new FillEntry(fill, order, broker);
            _written++;
        }

        /// <summary>The fills of one instant in broker order (stable), as the results list them, into round trips and totals.</summary>
        private void TakeInstant()
        {
            for (var i = 1; i < _instant.Count; i++)
            {
                var entry = _instant[i];
                var j = i - 1;
                for (; j >= 0 && _instant[j].Broker > entry.Broker; j--)
                {
                    _instant[j + 1] = _instant[j];
                }

                _instant[j + 1] = entry;
            }

            foreach (var (fill, order, _) in _instant)
            {
                _trips.Add(fill, BookOf(order, fill));
                Totals.Add(fill);
            }

            _instant.Clear();
        }

        private sealed class Block
        {
            public readonly FillEntry[] Items = new FillEntry[BlockSize];
            public Block? Next;
        }

        private sealed class BrokerListener(FillFeed feed, int broker) : IOrderListener
        {
            public void OnFill(Order order, Fill fill) => feed.Add(fill, order, broker);

            public void OnOrderUpdated(Order order)
            {
            }
        }
    }
}
