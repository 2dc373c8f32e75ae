using E = Sextant.Core.Orders.OrderEventKind;
using S = Sextant.Core.Orders.OrderStatus;

namespace Sextant.Core.Orders;

/// <summary>The one table of legal order status moves (after Nautilus); everything not listed is illegal.</summary>
public static class OrderTransitions
{
    /// <summary>
    /// The status after <paramref name="on"/> happens in status <paramref name="from"/>, or null when that move is illegal.
    /// <paramref name="hasFills"/> (whether the order had fills before this event) matters only for a rejected cancel.
    /// </summary>
    public static S? Next(S from, E on, bool hasFills) => (from, on, hasFills) switch
    {
        (S.Created, E.Submitted, _) => S.Submitted,
        (S.Created, E.Denied, _) => S.Denied,

        (S.Submitted, E.Accepted, _) => S.Accepted,
        (S.Submitted, E.Rejected, _) => S.Rejected,

        // Binance reports the fills of a market order in the order response, before any separate ack.
        (S.Submitted or S.Accepted or S.PartiallyFilled, E.PartialFill, _) => S.PartiallyFilled,
        (S.Submitted or S.Accepted or S.PartiallyFilled or S.PendingCancel, E.Fill, _) => S.Filled,
        (S.Submitted or S.Accepted or S.PartiallyFilled, E.CancelSent, _) => S.PendingCancel,

        // From Submitted: IOC/FOK remainders; from Accepted/PartiallyFilled: venue-initiated cancels.
        (S.Submitted or S.Accepted or S.PartiallyFilled or S.PendingCancel, E.Canceled, _) => S.Canceled,
        (S.Submitted or S.Accepted or S.PartiallyFilled or S.PendingCancel, E.Expired, _) => S.Expired,

        // A cancel is in flight: partial fills still count but do not end the wait.
        (S.PendingCancel, E.PartialFill, _) => S.PendingCancel,
        (S.PendingCancel, E.CancelRejected, true) => S.PartiallyFilled,
        (S.PendingCancel, E.CancelRejected, false) => S.Accepted,

        // Fills that raced the cancel: the quantity is real, so it is applied.
        (S.Canceled, E.Fill, _) => S.Filled,
        (S.Canceled, E.PartialFill, _) => S.Canceled,

        _ => null,
    };

    /// <summary>Every legal move as (from, on, hasFills, to), found by walking all combinations through <see cref="Next"/>; for docs and tests.</summary>
    public static IReadOnlyList<(S From, E On, bool HasFills, S To)> LegalMoves { get; } = WalkAll();

    private static (S From, E On, bool HasFills, S To)[] WalkAll()
    {
        var moves = new List<(S, E, bool, S)>();
        foreach (var from in Enum.GetValues<S>())
        {
            foreach (var on in Enum.GetValues<E>())
            {
                foreach (var hasFills in (ReadOnlySpan<bool>)[false, true])
                {
                    if (Next(from, on, hasFills) is { } to)
                    {
                        moves.Add((from, on, hasFills, to));
                    }
                }
            }
        }

        return [.. moves];
    }
}
