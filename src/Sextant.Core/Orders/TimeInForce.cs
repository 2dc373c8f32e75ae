namespace Sextant.Core.Orders;

/// <summary>How long an order stays working at the venue.</summary>
public enum TimeInForce
{
    /// <summary>Good till canceled (the default).</summary>
    Gtc,

    /// <summary>Immediate or cancel: fill what is possible now, cancel the rest.</summary>
    Ioc,

    /// <summary>Fill or kill: fill the whole quantity now or nothing.</summary>
    Fok,

    /// <summary>Good for the trading day (equities; expires at the session close, exchange time).</summary>
    Day,
}
