using System.Runtime.InteropServices;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Backtest.Results;

/// <summary>
/// Cuts a fill stream into round trips per (strategy, book): a round trip opens with the first fill while the book is
/// flat and closes with the fill that leaves every leg flat. A fill that crosses zero is split at zero (its fee pro rata)
/// into a close and a new open. Fees are taken in the quote asset.
/// </summary>
public sealed class RoundTripBuilder
{
    private readonly Dictionary<(StrategyId, string), Book> _books = [];
    private readonly List<RoundTrip> _trips = [];
    private Book? _last;

    /// <summary>The round trips completed so far, in the order their closing fills came.</summary>
    public IReadOnlyList<RoundTrip> Trips => _trips;

    /// <summary>The completed round trips of <paramref name="fills"/> (time order), grouped by <paramref name="bookOf"/> (e.g. the pair a symbol trades in).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<RoundTrip> Build(IEnumerable<Fill> fills, Func<Fill, string> bookOf)
    {
        ArgumentNullException.ThrowIfNull(fills);
        ArgumentNullException.ThrowIfNull(bookOf);
        var builder = new RoundTripBuilder();
        foreach (var fill in fills)
        {
            builder.Add(fill, bookOf(fill));
        }

        return builder.Trips;
    }

    /// <summary>Takes the next fill (fills come in time order) of <paramref name="book"/>.</summary>
    public void Add(Fill fill, string book)
    {
        ArgumentNullException.ThrowIfNull(fill);
        ArgumentNullException.ThrowIfNull(book);

        // A pair's legs fill one after the other and name their book with the same string: skip the hashing then.
        var last = _last;
        if (last is null || !ReferenceEquals(last.Name, book) || last.Strategy != fill.Strategy)
        {
            var key = (fill.Strategy, book);
            if (!_books.TryGetValue(key, out last))
            {
                last = new Book(fill.Strategy, book);
                _books.Add(key, last);
            }

            _last = last;
        }

        last.Apply(fill, _trips);
    }

    private sealed class Book(StrategyId strategy, string name)
    {
        public StrategyId Strategy => strategy;

        public string Name => name;

        private readonly Dictionary<Symbol, decimal> _positions = [];
        private decimal _cash;
        private decimal _fees;
        private int _fills;
        private UnixNanos _entry;
        private bool _open;

        public void Apply(Fill fill, List<RoundTrip> trips)
        {
            var signed = fill.Side == OrderSide.Buy ? fill.Quantity.Value : -fill.Quantity.Value;
            var position = _positions.GetValueOrDefault(fill.Symbol);
            var after = position + signed;
            if (position != 0 && after != 0 && Math.Sign(after) != Math.Sign(position))
            {
                var closing = -position;
                var share = Math.Abs(closing) / Math.Abs(signed);
                Trade(fill, closing, closing * fill.Price.Value, fill.Fee.Amount * share, trips);
                Trade(fill, after, after * fill.Price.Value, fill.Fee.Amount * (1 - share), trips);
            }
            else
            {
                // signed × price is ± the fill's notional, exactly.
                Trade(fill, signed, fill.Side == OrderSide.Buy ? fill.Notional : -fill.Notional, fill.Fee.Amount, trips);
            }
        }

        private void Trade(Fill fill, decimal signed, decimal signedNotional, decimal fee, List<RoundTrip> trips)
        {
            if (!_open)
            {
                (_open, _entry, _cash, _fees, _fills) = (true, fill.Time, 0m, 0m, 0);
            }

            ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(_positions, fill.Symbol, out _);
            position += signed;
            _cash -= signedNotional + fee;
            _fees += fee;
            _fills++;
            if (AllFlat())
            {
                trips.Add(new RoundTrip(strategy, name, _entry, fill.Time, _cash, _fees, _fills));
                _open = false;
            }
        }

        private bool AllFlat()
        {
            foreach (var quantity in _positions.Values)
            {
                if (quantity != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
