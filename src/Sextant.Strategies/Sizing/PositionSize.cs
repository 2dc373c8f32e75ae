namespace Sextant.Strategies.Sizing;

/// <summary>The size of one position: a notional in quote units, or a quantity in base units of the (first) leg.</summary>
public readonly record struct PositionSize
{
    private PositionSize(decimal? notional, decimal? quantity)
    {
        Notional = notional;
        Quantity = quantity;
    }

    /// <summary>Quote units, positive; null when sized by quantity.</summary>
    public decimal? Notional { get; }

    /// <summary>Base units, positive; null when sized by notional.</summary>
    public decimal? Quantity { get; }

    /// <summary>A notional size; must be positive.</summary>
    public static PositionSize OfNotional(decimal notional)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(notional);
        return new(notional, null);
    }

    /// <summary>A quantity size; must be positive.</summary>
    public static PositionSize OfQuantity(decimal quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        return new(null, quantity);
    }
}
