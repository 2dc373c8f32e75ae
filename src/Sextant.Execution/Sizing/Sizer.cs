using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Execution.Instruments;

namespace Sextant.Execution.Sizing;

/// <summary>
/// Turns a signal into an order quantity: a target (quantity, or notional ÷ reference price) minus the current
/// position, or a buy/sell amount; rounded toward zero to the instrument's lot size; refused with a reason when the
/// result breaks the instrument's minimum notional (dust is reported, never sent). All arithmetic is decimal.
/// </summary>
public static class Sizer
{
    /// <summary>Decides the order for <paramref name="signal"/> given the signed <paramref name="position"/> and the <paramref name="referencePrice"/> (quote units; the decision bar's close).</summary>
    public static SizingDecision Decide(Signal signal, decimal position, decimal referencePrice, InstrumentRules rules)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(rules);
        if (referencePrice <= 0)
        {
            return SizingDecision.Refused(RejectReason.InvalidOrder, $"{signal.Symbol}: reference price must be positive to size the order, was {referencePrice}");
        }

        decimal delta;
        switch (signal.Action)
        {
            case SignalAction.Flatten:
                delta = -position;
                break;
            case SignalAction.Target:
                var target = signal.TargetQuantity ?? (signal.TargetNotional!.Value / referencePrice);
                delta = rules.RoundQuantity(target) - position;
                break;
            case SignalAction.Buy or SignalAction.Sell:
                var amount = rules.RoundQuantity(signal.Quantity ?? (signal.Notional!.Value / referencePrice));
                delta = signal.Action == SignalAction.Buy ? amount : -amount;
                break;
            default:
                return SizingDecision.Refused(RejectReason.InvalidOrder, $"{signal.Symbol}: unknown signal action {signal.Action}");
        }

        if (delta == 0)
        {
            return SizingDecision.Nothing;
        }

        // A position can hold less than a lot (a spot venue takes a buy's fee in the coin bought): trade the whole lots
        // toward the target and leave the remainder as dust, reported, never sent (the venue would refuse it).
        var whole = rules.RoundQuantity(delta);
        if (whole == 0)
        {
            return SizingDecision.Refused(RejectReason.MinNotional,
                $"{signal.Symbol}: the {Math.Abs(delta)} left to trade is dust below the lot size {rules.LotSize}; kept, not traded");
        }

        delta = whole;

        var side = delta > 0 ? OrderSide.Buy : OrderSide.Sell;
        var quantity = Math.Abs(delta);
        var (reason, message) = rules.Check(quantity, referencePrice);
        return reason == RejectReason.None ? SizingDecision.Order(side, quantity) : SizingDecision.Refused(reason, message!);
    }
}
