namespace Sextant.Core.Orders;

/// <summary>How an order is priced at the venue.</summary>
public enum OrderType
{
    /// <summary>Fill at the best available prices now; carries no limit price.</summary>
    Market,

    /// <summary>Fill only at the limit price or better; requires a limit price.</summary>
    Limit,
}
