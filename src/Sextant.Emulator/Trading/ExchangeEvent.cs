namespace Sextant.Emulator.Trading;

/// <summary>What the user-data and trade-update streams report; the kind follows Binance's execution types.</summary>
internal enum ExecutionKind
{
    New,
    Trade,
    Canceled,
    Expired,
}

/// <summary>An order changed; raised under the exchange lock, so handlers must serialize at once and not block.</summary>
internal sealed record ExchangeEvent(ExecutionKind Kind, EmulatedOrder Order, EmulatedTrade? Trade, long TimeMs);
