using System.Collections;
using Sextant.Core.Orders;

namespace Sextant.Execution.Orders;

/// <summary>
/// The open orders of an <see cref="OrderManager"/>, oldest first: a view, not a copy (take <c>ToList()</c> before
/// changing orders while walking them). Its <c>foreach</c> is a struct enumerator; LINQ works through <see cref="IEnumerable{T}"/>.
/// </summary>
public readonly struct OpenOrderList : IEnumerable<Order>
{
    private readonly List<TrackedOrder> _open;

    internal OpenOrderList(List<TrackedOrder> open) => _open = open;

    /// <summary>Number of open orders.</summary>
    public int Count => _open.Count;

    /// <summary>The enumerator a <c>foreach</c> uses (no allocation).</summary>
    public Enumerator GetEnumerator() => new(_open);

    IEnumerator<Order> IEnumerable<Order>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the open orders.</summary>
    public struct Enumerator : IEnumerator<Order>
    {
        private readonly List<TrackedOrder> _open;
        private int _index;

        internal Enumerator(List<TrackedOrder> open)
        {
            _open = open;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly Order Current => _open[_index].Order;

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _open.Count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
