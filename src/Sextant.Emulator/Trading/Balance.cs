namespace Sextant.Emulator.Trading;

/// <summary>One asset's balance; <see cref="CostBasis"/> is the quote spent on the units held (for Alpaca positions).</summary>
internal sealed class Balance
{
    public decimal Free { get; set; }

    public decimal Locked { get; set; }

    public decimal CostBasis { get; set; }

    public decimal Total => Free + Locked;
}
