namespace Sextant.Strategies.Cointegration;

/// <summary>The side of a pair's spread position.</summary>
public enum PairPosition
{
    /// <summary>No position.</summary>
    Flat,

    /// <summary>Long the spread: long y, short β·x.</summary>
    LongSpread,

    /// <summary>Short the spread: short y, long β·x.</summary>
    ShortSpread,
}
