namespace Sextant.Portfolio;

/// <summary>
/// Market value held long and short, in quote units: <see cref="LongValue"/> sums positive market values and
/// <see cref="ShortValue"/> the magnitudes of negative ones, so both are zero or more. <c>default</c> is no exposure.
/// </summary>
public readonly record struct Exposure
{
    /// <summary>Creates an exposure; throws <see cref="ArgumentOutOfRangeException"/> when either side is negative.</summary>
    /// <param name="longValue">Market value of long positions, quote units, zero or more.</param>
    /// <param name="shortValue">Magnitude of the market value of short positions, quote units, zero or more.</param>
    public Exposure(decimal longValue, decimal shortValue)
    {
        // Compared, not sign-tested: decimal has a negative zero (−9.2 + 9.2 can give −0.0), and it is no exposure.
        if (longValue < 0 || shortValue < 0)
        {
            throw new ArgumentOutOfRangeException(longValue < 0 ? nameof(longValue) : nameof(shortValue), longValue < 0 ? longValue : shortValue,
                $"Exposure sides must be zero or more, was long {longValue}, short {shortValue}");
        }

        LongValue = longValue == 0 ? 0m : longValue;
        ShortValue = shortValue == 0 ? 0m : shortValue;
    }

    /// <summary>Market value of long positions, quote units, zero or more.</summary>
    public decimal LongValue { get; }

    /// <summary>Magnitude of the market value of short positions, quote units, zero or more.</summary>
    public decimal ShortValue { get; }

    /// <summary>Long plus short: Σ |quantity × mark|, quote units.</summary>
    public decimal Gross => LongValue + ShortValue;

    /// <summary>Long minus short: Σ quantity × mark, quote units; negative when net short.</summary>
    public decimal Net => LongValue - ShortValue;

    /// <summary>The exposure of one signed market value (quantity × mark): long when positive, short when negative.</summary>
    public static Exposure Of(decimal marketValue) => marketValue > 0 ? new(marketValue, 0m) : marketValue < 0 ? new(0m, -marketValue) : default;

    /// <summary>Adds two exposures side by side.</summary>
    public static Exposure operator +(Exposure left, Exposure right) => new(left.LongValue + right.LongValue, left.ShortValue + right.ShortValue);

    /// <summary>Converts both sides by a non-negative <paramref name="rate"/>, e.g. USDT into USD.</summary>
    public static Exposure operator *(Exposure value, decimal rate) => new(value.LongValue * rate, value.ShortValue * rate);
}
