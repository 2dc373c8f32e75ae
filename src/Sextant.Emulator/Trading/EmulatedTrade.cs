namespace Sextant.Emulator.Trading;

/// <summary>One execution: <see cref="Id"/> is Binance's trade id; Alpaca's execution id is derived from it.</summary>
internal sealed record EmulatedTrade(
    long Id,
    long OrderId,
    string Symbol,
    Side Side,
    decimal Price,
    decimal Quantity,
    decimal Commission,
    string CommissionAsset,
    long TimeMs,
    bool IsMaker,
    decimal CumulativeQuantity,
    decimal LeavesQuantity);
