using System.Diagnostics.CodeAnalysis;

namespace Sextant.Core.Amounts;

/// <summary>
/// A price in quote-asset units per unit of the instrument, as an exact <see cref="decimal"/> (scale preserved,
/// so <c>"0.00001000"</c> round-trips); never negative. <c>default(Price)</c> is zero and means "unset".
/// </summary>
public readonly record struct Price : IComparable<Price>
{
    /// <summary>Creates a price; throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative.</summary>
    /// <param name="value">Quote-asset units per instrument unit, zero or more.</param>
    public Price(decimal value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Price must not be negative, was {DecimalText.Format(value)}");
        }

        Value = value;
    }

    /// <summary>The price in quote-asset units, with the scale it was created with.</summary>
    public decimal Value { get; }

    /// <summary>Parses an invariant-culture decimal such as <c>"0.00001000"</c> exactly; throws <see cref="FormatException"/> or <see cref="ArgumentOutOfRangeException"/>.</summary>
    public static Price Parse(string text) =>
        DecimalText.TryParse("Price", text, out var value, out var error) ? new Price(value) : throw new FormatException(error);

    /// <summary>Parses an invariant-culture, non-negative decimal without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out Price price, [NotNullWhen(false)] out string? error)
    {
        price = default;
        if (!DecimalText.TryParse("Price", text, out var value, out error))
        {
            return false;
        }

        if (value < 0)
        {
            error = $"Price must not be negative, was {text}";
            return false;
        }

        price = new Price(value);
        return true;
    }

    /// <summary>Rounds to a multiple of <paramref name="tick"/> (quote units, must be positive); midpoints round away from zero unless <paramref name="mode"/> says otherwise.</summary>
    /// <param name="tick">The venue's tick size, e.g. <c>0.01</c>.</param>
    /// <param name="mode">Use <see cref="MidpointRounding.ToZero"/> to floor, <see cref="MidpointRounding.ToPositiveInfinity"/> to ceil.</param>
    public Price RoundToTick(decimal tick, MidpointRounding mode = MidpointRounding.AwayFromZero) =>
        new(DecimalText.ToMultiple(Value, tick, mode, "Tick size", nameof(tick)));

    /// <summary>Compares by value; scale is ignored (<c>1.0 == 1.00</c>).</summary>
    public int CompareTo(Price other) => Value.CompareTo(other.Value);

    /// <summary>The invariant-culture value with its original scale, e.g. <c>0.00001000</c>.</summary>
    public override string ToString() => DecimalText.Format(Value);

    /// <summary>Adds two prices, e.g. a price and a tick offset.</summary>
    public static Price operator +(Price left, Price right) => new(left.Value + right.Value);

    /// <summary>Subtracts two prices; throws <see cref="ArgumentOutOfRangeException"/> when the result would be negative.</summary>
    public static Price operator -(Price left, Price right)
    {
        var result = left.Value - right.Value;
        if (result < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(right), right.Value,
                $"Price subtraction would go below zero: {left} - {right} = {DecimalText.Format(result)}");
        }

        return new Price(result);
    }

    /// <summary>The notional value in quote-asset units: price times quantity.</summary>
    public static decimal operator *(Price price, Quantity quantity) => price.Value * quantity.Value;

    /// <summary>The notional value in quote-asset units: quantity times price.</summary>
    public static decimal operator *(Quantity quantity, Price price) => price.Value * quantity.Value;

    /// <summary>True when <paramref name="left"/> is lower.</summary>
    public static bool operator <(Price left, Price right) => left.Value < right.Value;

    /// <summary>True when <paramref name="left"/> is higher.</summary>
    public static bool operator >(Price left, Price right) => left.Value > right.Value;

    /// <summary>True when <paramref name="left"/> is lower or equal.</summary>
    public static bool operator <=(Price left, Price right) => left.Value <= right.Value;

    /// <summary>True when <paramref name="left"/> is higher or equal.</summary>
    public static bool operator >=(Price left, Price right) => left.Value >= right.Value;
}
