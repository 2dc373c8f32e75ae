namespace Sextant.Core.Orders;

/// <summary>The direction of an order or fill.</summary>
public enum OrderSide
{
    /// <summary>Buy the base asset, paying the quote asset.</summary>
    Buy,

    /// <summary>Sell the base asset, receiving the quote asset.</summary>
    Sell,
}
