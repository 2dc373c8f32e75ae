namespace Sextant.Data.Corporate;

/// <summary>
/// One row of a Lean factor file: the factors that apply to bars dated on or before <see cref="Date"/> (New York) and after the
/// previous row's date. <see cref="ReferencePrice"/> is the raw close on <see cref="Date"/>, before the next row's event.
/// </summary>
public readonly record struct FactorRow(DateOnly Date, decimal PriceFactor, decimal SplitFactor, decimal ReferencePrice)
{
    /// <summary>price_factor × split_factor: the multiplier from a raw price to a split- and dividend-adjusted one.</summary>
    public decimal PriceScale => PriceFactor * SplitFactor;
}
