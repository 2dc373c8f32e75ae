namespace Sextant.Core.Signals;

/// <summary>What a strategy wants done with a symbol; sizing and execution turn it into orders later.</summary>
public enum SignalAction
{
    /// <summary>Buy a quantity (base units) or a notional (quote units).</summary>
    Buy,

    /// <summary>Sell a quantity (base units) or a notional (quote units).</summary>
    Sell,

    /// <summary>Set the position to a signed target quantity or notional (negative = short).</summary>
    Target,

    /// <summary>Set the position to zero.</summary>
    Flatten,
}
