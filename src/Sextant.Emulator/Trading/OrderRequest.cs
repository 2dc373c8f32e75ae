namespace Sextant.Emulator.Trading;

/// <summary>A new order as the venue layer parsed it; sizes already validated against the instrument's filters.</summary>
internal sealed record OrderRequest(
    string Symbol,
    Side Side,
    bool IsMarket,
    decimal? Quantity,
    decimal? QuoteQuantity,
    decimal? LimitPrice,
    string TimeInForce,
    string? ClientOrderId);

/// <summary>Why the exchange refused an order (the venue layer maps it to its own code and message).</summary>
internal enum PlaceError
{
    None,
    DuplicateClientOrderId,
    InsufficientBalance,
    InsufficientQuantity,
    UnknownSymbol,
}
