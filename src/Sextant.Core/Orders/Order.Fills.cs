using Sextant.Core.Amounts;

namespace Sextant.Core.Orders;

/// <content>Fills: quantities, average price and the checks a fill must pass before it is applied.</content>
public sealed partial class Order
{
    // Most orders fill once: the first fill is kept inline, and the list is made from the second fill or on request.
    private Fill? _firstFill;
    private List<Fill>? _fills;
    private decimal _filledNotional;

    /// <summary>Every applied fill, oldest first; duplicates (same trade id) appear once.</summary>
    public IReadOnlyList<Fill> Fills => _fills ?? (_firstFill is null ? [] : _fills = [_firstFill]);

    /// <summary>The sum of applied fill quantities, base units; never more than <see cref="Quantity"/>.</summary>
    public Quantity FilledQuantity { get; private set; }

    /// <summary>The quantity still working at the venue, base units: ordered minus filled, or zero once the status is terminal (FIX LeavesQty).</summary>
    public Quantity LeavesQuantity => Status.IsTerminal() ? Quantity.Zero : Quantity - FilledQuantity;

    /// <summary>True while some quantity is still working at the venue (<see cref="LeavesQuantity"/> above zero), told by a comparison rather than a subtraction.</summary>
    public bool HasLeaves => !Status.IsTerminal() && FilledQuantity.Value != Quantity.Value;

    /// <summary>The volume-weighted average fill price in quote units, exact decimal (Σ price × quantity / Σ quantity); zero before the first fill.</summary>
    public decimal AveragePrice => FilledQuantity.IsZero ? 0m : _filledNotional / FilledQuantity.Value;

    private bool HasFills => _firstFill is not null;

    private bool IsDuplicate(Fill fill)
    {
        var earlier = FindTrade(fill.TradeId);
        if (earlier is null)
        {
            return false;
        }

        // The same trade can arrive twice (order response and user stream); a different size or price is a conflict, not a repeat.
        if (earlier.Quantity != fill.Quantity || earlier.Price != fill.Price)
        {
            throw new InvalidOperationException(
                $"Order {Id}: trade {fill.TradeId} was applied as {earlier.Quantity} @ {earlier.Price} and is now reported as {fill.Quantity} @ {fill.Price}");
        }

        return true;
    }

    private Fill? FindTrade(string tradeId)
    {
        if (_fills is null)
        {
            return _firstFill is { } first && string.Equals(first.TradeId, tradeId, StringComparison.Ordinal) ? first : null;
        }

        foreach (var fill in _fills)
        {
            if (string.Equals(fill.TradeId, tradeId, StringComparison.Ordinal))
            {
                return fill;
            }
        }

        return null;
    }

    private OrderEventKind FillKind(Fill fill)
    {
        var filledAfter = FilledQuantity + fill.Quantity;
        if (filledAfter > Quantity)
        {
            throw new InvalidOperationException(
                $"Order {Id}: fill {fill.TradeId} of {fill.Quantity} would overfill the order: filled {FilledQuantity} of {Quantity}, {filledAfter} after the fill");
        }

        if (fill.VenueOrderId is { } venueId && VenueOrderId is { } known && venueId != known)
        {
            throw new ArgumentException($"Order {Id}: fill {fill.TradeId} has venue order id {venueId}, expected {known}", nameof(fill));
        }

        return filledAfter == Quantity ? OrderEventKind.Fill : OrderEventKind.PartialFill;
    }

    private void RequireSameInstrument(Fill fill)
    {
        if (fill.Symbol != Symbol || fill.Side != Side)
        {
            throw new ArgumentException(
                $"Order {Id} ({Side} {Symbol}): fill {fill.TradeId} is for {fill.Side} {fill.Symbol}", nameof(fill));
        }
    }

    private void RecordFill(Fill fill)
    {
        if (_firstFill is null)
        {
            _firstFill = fill;
        }
        else
        {
            (_fills ??= [_firstFill]).Add(fill);
        }

        _filledNotional += fill.Notional;
        FilledQuantity += fill.Quantity;
        VenueOrderId ??= fill.VenueOrderId;
    }
}
