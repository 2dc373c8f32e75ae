using System.Runtime.CompilerServices;
using Sextant.Core.Instruments;

namespace Sextant.Portfolio;

/// <content>Marks: the exact decimal path for reports and the allocation-free double path for the per-bar loop.</content>
public sealed partial class Portfolio
{
    private double _cashEstimate;

    /// <summary>
    /// Equity as a double for per-bar analytics: cash + Σ net quantity × mark, from double mirrors of cash and quantities
    /// refreshed (converted, never accumulated) on every fill. No allocation, no decimal arithmetic; agrees with
    /// <see cref="Equity"/> to within about 1e-14 of |cash| + gross exposure (tests hold it to 1e-9 of equity).
    /// </summary>
    public double EquityEstimate
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // read on every bar
        get
        {
            var quantities = _quantityEstimate;
            var marks = _markEstimate;
            var count = Math.Min(_count, Math.Min(quantities.Length, marks.Length)); // = _count; the bounds let the JIT drop its checks
            var equity = _cashEstimate;
            for (var i = 0; i < count; i++)
            {
                equity += quantities[i] * marks[i];
            }

            return equity;
        }
    }

    /// <summary>
    /// Per-bar mark by dense index: stores <paramref name="price"/> with no lookup, allocation or decimal arithmetic.
    /// The exact decimal mark, when asked for, is this double converted to decimal (15 significant digits).
    /// Throws <see cref="ArgumentOutOfRangeException"/> for an unknown index or a negative, NaN or infinite price.
    /// </summary>
    /// <param name="index">The instrument's index from <see cref="AddInstrument"/>.</param>
    /// <param name="price">The mark (e.g. the bar's close), quote units per base unit.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Mark(int index, double price)
    {
        if ((uint)index >= (uint)_count)
        {
            ThrowUnknownIndex(index);
        }

        if (!IsMarkable(price))
        {
            ThrowBadMark(index, price);
        }

        _markEstimate[index] = price;
        _markSource[index] = MarkSource.Double;
    }

    /// <summary>True when <paramref name="price"/> is a mark <see cref="Mark(int, double)"/> accepts: finite and not negative (false for NaN).</summary>
    public static bool IsMarkable(double price) => price >= 0 && price < double.PositiveInfinity; // written so that NaN fails too

    /// <summary>Sets the exact mark of a registered <paramref name="symbol"/>; throws for an unknown symbol or a negative price.</summary>
    /// <param name="symbol">A registered symbol.</param>
    /// <param name="price">The mark, quote units per base unit, zero or more.</param>
    public void Mark(Symbol symbol, decimal price)
    {
        var index = InstrumentIndex(symbol);
        if (price < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, $"Mark of {symbol} must not be negative, was {price}");
        }

        SetExactMark(index, price);
    }

    /// <summary>The current mark of <paramref name="symbol"/>, quote units; null when never marked or traded (or unregistered).</summary>
    public decimal? MarkPrice(Symbol symbol) =>
        _indexBySymbol.TryGetValue(symbol, out var index) && _markSource[index] != MarkSource.None ? MarkOf(index) : null;

    private decimal MarkOf(int index) => _markSource[index] switch
    {
        MarkSource.Exact => _exactMark[index],
        MarkSource.Double => (decimal)_markEstimate[index],
        _ => 0m,
    };

    private void SetExactMark(int index, decimal price)
    {
        _exactMark[index] = price;
        _markEstimate[index] = (double)price;
        _markSource[index] = MarkSource.Exact;
    }

    private void ThrowUnknownIndex(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"Instrument index must be below {_instruments.Count} (the registered instruments), was {index}");

    private void ThrowBadMark(int index, double price) =>
        throw new ArgumentOutOfRangeException(nameof(price), price, $"Mark of {_instruments[index].Symbol} must be finite and not negative, was {price}");
}
