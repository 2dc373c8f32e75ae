namespace Sextant.Core.Orders;

/// <summary>Whether a fill added or removed liquidity; decides the fee rate at most venues.</summary>
public enum Liquidity
{
    /// <summary>Not reported by the venue (the default).</summary>
    Unknown,

    /// <summary>The order rested on the book and was hit.</summary>
    Maker,

    /// <summary>The order crossed the spread and took resting liquidity.</summary>
    Taker,
}
