using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Core.Signals;

/// <summary>
/// A strategy's intent for one symbol (never an order); validated on construction, so an invalid signal cannot exist.
/// Amounts are <see cref="decimal"/>: quantities in base units, notionals and prices in quote units.
/// </summary>
public sealed partial record Signal
{
    /// <summary>Creates a signal; throws <see cref="ArgumentException"/> naming the symbol, the strategy and every broken rule.</summary>
    /// <param name="symbol">The instrument; must be set.</param>
    /// <param name="action">Buy, Sell, Target or Flatten.</param>
    /// <param name="assetClass">The instrument's asset class, which picks the broker; must be a declared member.</param>
    /// <param name="strategy">The emitting strategy; must be set.</param>
    /// <param name="time">The bar or clock time the signal was made at (UTC).</param>
    /// <param name="quantity">Buy/Sell: base units, positive; give this or <paramref name="notional"/>.</param>
    /// <param name="notional">Buy/Sell: quote units, positive; give this or <paramref name="quantity"/>.</param>
    /// <param name="targetQuantity">Target: signed base units; give this or <paramref name="targetNotional"/>.</param>
    /// <param name="targetNotional">Target: signed quote units; give this or <paramref name="targetQuantity"/>.</param>
    /// <param name="orderType">Market (default) or Limit.</param>
    /// <param name="limitPrice">Quote units; required and positive for Limit, absent for Market.</param>
    /// <param name="timeInForce">Gtc by default.</param>
    /// <param name="metadata">Context such as z-score or hedge ratio (ordinal keys); values must be string, double, decimal, long, int or bool; empty by default; copied unless it is an (immutable) <see cref="SignalMetadata"/>.</param>
    public Signal(
        Symbol symbol,
        SignalAction action,
        AssetClass assetClass,
        StrategyId strategy,
        UnixNanos time,
        decimal? quantity = null,
        decimal? notional = null,
        decimal? targetQuantity = null,
        decimal? targetNotional = null,
        OrderType orderType = OrderType.Market,
        decimal? limitPrice = null,
        TimeInForce timeInForce = TimeInForce.Gtc,
        IReadOnlyDictionary<string, object>? metadata = null)
    {
        Symbol = symbol;
        Action = action;
        AssetClass = assetClass;
        Strategy = strategy;
        Time = time;
        OrderType = orderType;
        LimitPrice = limitPrice;
        TimeInForce = timeInForce;
        // Kept as given when already immutable (SignalMetadata), copied otherwise.
        Metadata = metadata is null || metadata.Count == 0 ? SignalMetadata.Empty : SignalMetadata.From(metadata);

        if (Problems(quantity, notional, targetQuantity, targetNotional) is { } problems)
        {
            throw new ArgumentException($"Signal for {Describe(symbol.Value)} from strategy {Describe(strategy.Value)}: {string.Join("; ", problems)}");
        }

        // A valid signal carries at most one of the four sizes (the rules above), so one decimal and its kind hold it:
        // 72 bytes less per signal than four nullable decimals, and every order keeps its signal.
        (_size, _sizeKind) = (quantity, notional, targetQuantity, targetNotional) switch
        {
            ({ } q, _, _, _) => (q, SizeKind.Quantity),
            (_, { } n, _, _) => (n, SizeKind.Notional),
            (_, _, { } tq, _) => (tq, SizeKind.TargetQuantity),
            (_, _, _, { } tn) => (tn, SizeKind.TargetNotional),
            _ => (0m, SizeKind.None),
        };
    }

    private enum SizeKind : byte
    {
        None,
        Quantity,
        Notional,
        TargetQuantity,
        TargetNotional,
    }

    private readonly decimal _size;
    private readonly SizeKind _sizeKind;

    /// <summary>The instrument.</summary>
    public Symbol Symbol { get; }

    /// <summary>Buy, Sell, Target or Flatten.</summary>
    public SignalAction Action { get; }

    /// <summary>The instrument's asset class, which picks the broker.</summary>
    public AssetClass AssetClass { get; }

    /// <summary>The emitting strategy.</summary>
    public StrategyId Strategy { get; }

    /// <summary>The bar or clock time the signal was made at (UTC).</summary>
    public UnixNanos Time { get; }

    /// <summary>Buy/Sell: the quantity in base units, positive; null when sized by <see cref="Notional"/> or for Target/Flatten.</summary>
    public decimal? Quantity => _sizeKind == SizeKind.Quantity ? _size : null;

    /// <summary>Buy/Sell: the size in quote units, positive; null when sized by <see cref="Quantity"/> or for Target/Flatten.</summary>
    public decimal? Notional => _sizeKind == SizeKind.Notional ? _size : null;

    /// <summary>Target: the signed position wanted, base units (negative = short); null otherwise.</summary>
    public decimal? TargetQuantity => _sizeKind == SizeKind.TargetQuantity ? _size : null;

    /// <summary>Target: the signed position wanted, quote units (negative = short); null otherwise.</summary>
    public decimal? TargetNotional => _sizeKind == SizeKind.TargetNotional ? _size : null;

    /// <summary>Market (default) or Limit.</summary>
    public OrderType OrderType { get; }

    /// <summary>The limit price in quote units for Limit signals; null for Market.</summary>
    public decimal? LimitPrice { get; }

    /// <summary>How long resulting orders stay working; Gtc by default.</summary>
    public TimeInForce TimeInForce { get; }

    /// <summary>Context carried through to orders, fills, journal and report (ordinal keys); empty by default.</summary>
    public IReadOnlyDictionary<string, object> Metadata { get; }

    private static string Describe(string value) => value.Length == 0 ? "(unset)" : value;
}
