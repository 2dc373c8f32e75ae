using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Execution.Instruments;

/// <summary>A venue's trading rules for one instrument (Binance's LOT_SIZE, PRICE_FILTER, NOTIONAL); a null rule is off.</summary>
public sealed record InstrumentRules(Symbol Symbol, decimal? LotSize = null, decimal? TickSize = null, decimal? MinNotional = null)
{
    /// <summary>Rules that allow anything.</summary>
    public static InstrumentRules None(Symbol symbol) => new(symbol);

    /// <summary>Rounds a quantity toward zero to the lot size (no rounding without one); keeps the sign.</summary>
    public decimal RoundQuantity(decimal quantity) =>
        LotSize is { } lot ? decimal.Truncate(quantity / lot) * lot : quantity;

    /// <summary>Rounds a price to the tick size, down for buys and up for sells (never more aggressive than asked).</summary>
    public decimal RoundPrice(decimal price, OrderSide side)
    {
        if (TickSize is not { } tick)
        {
            return price;
        }

        var ticks = price / tick;
        return (side == OrderSide.Buy ? decimal.Floor(ticks) : decimal.Ceiling(ticks)) * tick;
    }

    /// <summary>Converts an analytics price (double) to decimal once, rounded to the tick when there is one (style §9).</summary>
    public decimal ToPrice(double price) =>
        TickSize is { } tick ? decimal.Round((decimal)price / tick) * tick : (decimal)price;

    /// <summary>Why an order of <paramref name="quantity"/> at <paramref name="price"/> breaks these rules, or <see cref="RejectReason.None"/>.</summary>
    public (RejectReason Reason, string? Message) Check(decimal quantity, decimal price)
    {
        if (LotSize is { } lot && quantity % lot != 0)
        {
            return (RejectReason.LotSize, $"{Symbol}: quantity {quantity} is not a multiple of the lot size {lot}");
        }

        if (MinNotional is { } min && quantity * price < min)
        {
            return (RejectReason.MinNotional, $"{Symbol}: notional {quantity * price} is below the minimum {min}");
        }

        return (RejectReason.None, null);
    }
}
