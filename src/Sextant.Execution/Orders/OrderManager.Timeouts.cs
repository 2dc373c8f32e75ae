using System.Runtime.CompilerServices;
using Sextant.Core.Amounts;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Execution.Orders;

/// <content>Stale orders (cancel, optionally replace with a market order) and missing acknowledgements (query the venue).</content>
public sealed partial class OrderManager
{
    private readonly List<TrackedOrder> _pendingReplacements = [];
    private readonly List<TrackedOrder> _scratch = [];
    private long _deadline;
    private bool _deadlineKnown;

    /// <summary>
    /// True when <see cref="CheckTimeoutsAsync"/> has something to do at <paramref name="now"/>: a replacement is pending, or
    /// an open order's stale or acknowledgement deadline has come. Cheap enough for every bar: the earliest deadline is
    /// worked out again only after an order changed (a market order that was accepted has none).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every bar of a backtest
    public bool TimeoutsDue(UnixNanos now) => _pendingReplacements.Count > 0 || (_open.Count != 0 && DeadlineReached(now));

    private bool DeadlineReached(UnixNanos now)
    {
        if (!_deadlineKnown)
        {
            _deadline = EarliestDeadline();
            _deadlineKnown = true;
        }

        return now.Value >= _deadline;
    }

    /// <summary>The first instant at which <see cref="CheckTimeoutsAsync"/> would act on an open order (its own conditions, as nanoseconds; long.MaxValue for none).</summary>
    private long EarliestDeadline()
    {
        var earliest = long.MaxValue;
        foreach (var tracked in _open)
        {
            var order = tracked.Order;
            var wait = order.Status is OrderStatus.Accepted or OrderStatus.PartiallyFilled && order.OrderType == OrderType.Limit ? _config.StaleAfter
                : order.Status == OrderStatus.Submitted ? _config.AckTimeout
                : (TimeSpan?)null;
            if (wait is { } span)
            {
                // age ≥ span, where age is whole ticks of (now − created), is now ≥ created + span in nanoseconds; saturating.
                var nanos = span.Ticks > long.MaxValue / 100 ? long.MaxValue : span.Ticks * 100;
                var at = order.CreatedAt.Value > long.MaxValue - nanos ? long.MaxValue : order.CreatedAt.Value + nanos;
                earliest = Math.Min(earliest, at);
            }
        }

        return earliest;
    }

    /// <summary>
    /// Cancels working orders older than <c>execution.stale_after</c> (marking them for replacement when
    /// <c>replace_with_market</c> is set), sends market orders for the unfilled rest of cancelled stale orders, and
    /// queries orders still unacknowledged after <c>execution.ack_timeout</c>. Cheap when nothing is open.
    /// </summary>
    public async ValueTask CheckTimeoutsAsync(CancellationToken cancellationToken)
    {
        if (_open.Count == 0 && _pendingReplacements.Count == 0)
        {
            return;
        }

        var now = Now;
        _scratch.Clear();
        _scratch.AddRange(_open);
        foreach (var tracked in _scratch)
        {
            var order = tracked.Order;
            var age = now - order.CreatedAt;
            if (order.Status is OrderStatus.Accepted or OrderStatus.PartiallyFilled && order.OrderType == OrderType.Limit && age >= _config.StaleAfter)
            {
                Log.Stale(_logger, order.Id.Value, age, order.Strategy.Value, _broker.Id.Value);
                tracked.ReplaceOnCancel = _config.ReplaceWithMarket;
                await CancelAsync(order.Id, cancellationToken).ConfigureAwait(false);
            }
            else if (order.Status == OrderStatus.Submitted && age >= _config.AckTimeout)
            {
                Log.AckTimeout(_logger, order.Id.Value, _config.AckTimeout, order.Strategy.Value, _broker.Id.Value);
                await ReconcileAsync(tracked, cancellationToken).ConfigureAwait(false);
            }
        }

        while (_pendingReplacements.Count > 0)
        {
            var stale = _pendingReplacements[0];
            _pendingReplacements.RemoveAt(0);
            await ReplaceAsync(stale, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask ReplaceAsync(TrackedOrder stale, CancellationToken cancellationToken)
    {
        var rest = stale.Order.Quantity.Value - stale.Order.FilledQuantity.Value;
        if (rest <= 0)
        {
            return;
        }

        var ticket = stale.Ticket with { Quantity = new Quantity(rest), OrderType = OrderType.Market, LimitPrice = null };
        var replacement = await SubmitAsync(ticket, stale.Attempt + 1, cancellationToken).ConfigureAwait(false);
        Log.Replaced(_logger, stale.Order.Id.Value, replacement.Id.Value, rest, stale.Order.Symbol.Value, stale.Order.Strategy.Value, _broker.Id.Value);
    }

    /// <summary>Brings an order whose acknowledgement never came in line with the venue: fills first, then the final or working status; an order the venue never saw is rejected (it was not placed, so nothing is duplicated).</summary>
    private async ValueTask ReconcileAsync(TrackedOrder tracked, CancellationToken cancellationToken)
    {
        var order = tracked.Order;
        using var scope = OrderLogScope.Begin(_logger, order);
        var report = await _broker.QueryAsync(order.Id, order.Symbol, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            Apply(tracked, new OrderRejected(order.Id, Now, "the venue has no such order after the acknowledgement timeout", RejectReason.VenueError));
            return;
        }

        if (report.Status == OrderStatus.Rejected)
        {
            Apply(tracked, new OrderRejected(order.Id, Now, "rejected by the venue", RejectReason.VenueError));
            return;
        }

        Apply(tracked, new OrderAccepted(order.Id, Now, report.VenueOrderId ?? new VenueOrderId(order.Id.Value)));
        if (report.FilledQuantity.Value > order.FilledQuantity.Value)
        {
            foreach (var fill in await _broker.GetFillsAsync(order.CreatedAt, cancellationToken).ConfigureAwait(false))
            {
                if (fill.OrderId == order.Id)
                {
                    Apply(tracked, new OrderFilled(fill));
                }
            }
        }

        if (!order.Status.IsTerminal() && report.Status is OrderStatus.Canceled or OrderStatus.Expired)
        {
            Apply(tracked, report.Status == OrderStatus.Canceled ? new OrderCanceled(order.Id, Now) : new OrderExpired(order.Id, Now));
        }

        // Partly filled at the venue shows as Accepted in some reports; anything else that still differs needs a person or a sync.
        tracked.NeedsReconciliation = report.Status != order.Status
            && !(report.Status == OrderStatus.Accepted && order.Status == OrderStatus.PartiallyFilled);
    }
}
