namespace Sextant.Emulator.Trading;

/// <summary>Venue-neutral order states; each venue names them its own way.</summary>
internal enum OrderState
{
    /// <summary>Received while the market is closed; not matched until it opens (Alpaca "accepted").</summary>
    Held,
    New,
    PartiallyFilled,
    Filled,
    Canceled,
    Expired,
}

internal enum Side
{
    Buy,
    Sell,
}
