namespace Sextant.Emulator.Trading;

/// <summary>A listed instrument and its filters (Binance PRICE_FILTER, LOT_SIZE, NOTIONAL; 0 switches a check off).</summary>
internal sealed record InstrumentSpec(
    string Symbol,
    string BaseAsset,
    string QuoteAsset,
    decimal TickSize,
    decimal MinPrice,
    decimal MaxPrice,
    decimal StepSize,
    decimal MinQty,
    decimal MaxQty,
    decimal MinNotional,
    int BasePrecision = 8,
    int QuotePrecision = 8);
