using System.Diagnostics.CodeAnalysis;

namespace Sextant.Core.Amounts;

/// <summary>
/// An unsigned amount of an instrument in base units (coins, shares), as an exact <see cref="decimal"/> (scale preserved,
/// so <c>"0.00001000"</c> round-trips); never negative. Direction lives in the order side. <c>default(Quantity)</c> is zero.
/// </summary>
public readonly record struct Quantity : IComparable<Quantity>
{
    /// <summary>Creates a quantity; throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative.</summary>
    /// <param name="value">Base units, zero or more.</param>
    public Quantity(decimal value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Quantity must not be negative, was {DecimalText.Format(value)}");
        }

        Value = value;
    }

    /// <summary>Zero base units (equal to <c>default(Quantity)</c>).</summary>
    public static Quantity Zero => default;

    /// <summary>The quantity in base units, with the scale it was created with.</summary>
    public decimal Value { get; }

    /// <summary>True when the quantity is zero.</summary>
    public bool IsZero => Value == 0;

    /// <summary>Parses an invariant-culture decimal such as <c>"0.00001000"</c> exactly; throws <see cref="FormatException"/> or <see cref="ArgumentOutOfRangeException"/>.</summary>
    public static Quantity Parse(string text) =>
        DecimalText.TryParse("Quantity", text, out var value, out var error) ? new Quantity(value) : throw new FormatException(error);

    /// <summary>Parses an invariant-culture, non-negative decimal without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = default;
        if (!DecimalText.TryParse("Quantity", text, out var value, out error))
        {
            return false;
        }

        if (value < 0)
        {
            error = $"Quantity must not be negative, was {text}";
            return false;
        }

        quantity = new Quantity(value);
        return true;
    }

    /// <summary>Floors to a multiple of the venue's lot <paramref name="step"/> (base units, must be positive), so an order never exceeds what was asked.</summary>
    public Quantity RoundDownToStep(decimal step) =>
        new(DecimalText.ToMultiple(Value, step, MidpointRounding.ToZero, "Lot step", nameof(step)));

    /// <summary>Compares by value; scale is ignored (<c>1.0 == 1.00</c>).</summary>
    public int CompareTo(Quantity other) => Value.CompareTo(other.Value);

    /// <summary>The invariant-culture value with its original scale, e.g. <c>0.00001000</c>.</summary>
    public override string ToString() => DecimalText.Format(Value);

    /// <summary>Adds two quantities.</summary>
    public static Quantity operator +(Quantity left, Quantity right) => new(left.Value + right.Value);

    /// <summary>Subtracts two quantities; throws <see cref="ArgumentOutOfRangeException"/> naming both values when the result would be negative.</summary>
    public static Quantity operator -(Quantity left, Quantity right)
    {
        var result = left.Value - right.Value;
        if (result < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(right), right.Value,
                $"Quantity subtraction would go below zero: {left} - {right} = {DecimalText.Format(result)}");
        }

        return new Quantity(result);
    }

    /// <summary>True when <paramref name="left"/> is smaller.</summary>
    public static bool operator <(Quantity left, Quantity right) => left.Value < right.Value;

    /// <summary>True when <paramref name="left"/> is larger.</summary>
    public static bool operator >(Quantity left, Quantity right) => left.Value > right.Value;

    /// <summary>True when <paramref name="left"/> is smaller or equal.</summary>
    public static bool operator <=(Quantity left, Quantity right) => left.Value <= right.Value;

    /// <summary>True when <paramref name="left"/> is larger or equal.</summary>
    public static bool operator >=(Quantity left, Quantity right) => left.Value >= right.Value;
}
