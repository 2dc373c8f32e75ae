using System.Threading.Channels;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Dashboard.Source;

/// <content>Orders: fills and status changes from the order managers, and cancels sent back through them.</content>
public sealed partial class DashboardRecorder
{
    private readonly Channel<CancelRequest> _cancels = Channel.CreateBounded<CancelRequest>(new BoundedChannelOptions(64)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite, // a flood of clicks is dropped, and those requests time out
    });

    /// <inheritdoc />
    public void OnFill(Order order, Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        lock (_gate)
        {
            _fills = Trim(_fills.Add(fill), Options.MaxFills);
            CountsOf(fill.Strategy).Fills++;
        }

        RefreshOpenOrders();
        Publish();
    }

    /// <inheritdoc />
    public void OnOrderUpdated(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Events.Count > 0)
        {
            lock (_gate)
            {
                switch (order.Events[^1])
                {
                    case OrderSubmitted:
                        CountsOf(order.Strategy).Orders++;
                        break;
                    case OrderRejected or OrderDenied:
                        CountsOf(order.Strategy).Rejects++;
                        break;
                    default:
                        break;
                }
            }
        }

        RefreshOpenOrders();
        Publish();
    }

    /// <summary>Counts a signal of <paramref name="strategy"/> refused before it became an order (sizing, risk limits, kill switch).</summary>
    public void RecordRefusal(StrategyId strategy)
    {
        lock (_gate)
        {
            CountsOf(strategy).Rejects++;
        }

        Publish();
    }

    /// <inheritdoc />
    public async ValueTask<CancelOutcome> CancelOrderAsync(ClientOrderId id, CancellationToken cancellationToken)
    {
        if (Options.InlineCancels)
        {
            return await RunCancelAsync(id, cancellationToken).ConfigureAwait(false);
        }

        var request = new CancelRequest(id);
        if (!_cancels.Writer.TryWrite(request))
        {
            return CancelOutcome.TimedOut;
        }

        try
        {
            return await request.Outcome.Task.WaitAsync(Options.CancelTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return CancelOutcome.TimedOut;
        }
    }

    /// <summary>Runs the cancels the dashboard asked for; the engine calls this from its loop (cheap when none are waiting).</summary>
    public async ValueTask ExecuteCancelsAsync(CancellationToken cancellationToken)
    {
        while (_cancels.Reader.TryRead(out var request))
        {
            try
            {
                request.Outcome.TrySetResult(await RunCancelAsync(request.Id, cancellationToken).ConfigureAwait(false));
            }
#pragma warning disable CA1031 // The failure belongs to the request: the dashboard reports it; the engine loop goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                request.Outcome.TrySetException(ex);
            }
        }
    }

    private async ValueTask<CancelOutcome> RunCancelAsync(ClientOrderId id, CancellationToken cancellationToken)
    {
        Execution.Orders.OrderManager[] managers;
        lock (_gate)
        {
            managers = [.. _managers];
        }

        foreach (var manager in managers)
        {
            if (manager.Find(id) is not { } order)
            {
                continue;
            }

            if (order.Status.IsTerminal() || order.Status == OrderStatus.PendingCancel)
            {
                return CancelOutcome.NotOpen;
            }

            return await manager.CancelAsync(id, cancellationToken).ConfigureAwait(false) ? CancelOutcome.Sent : CancelOutcome.Refused;
        }

        return CancelOutcome.UnknownOrder;
    }

    private sealed class CancelRequest(ClientOrderId id)
    {
        public ClientOrderId Id { get; } = id;

        public TaskCompletionSource<CancelOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
