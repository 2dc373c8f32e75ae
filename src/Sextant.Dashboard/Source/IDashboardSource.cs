using Sextant.Core.Orders;

namespace Sextant.Dashboard.Source;

/// <summary>
/// The dashboard's read-only view of a running engine, plus the one action it may take (cancel an order). The engine
/// implements it (or feeds a <see cref="DashboardRecorder"/>, which does); the dashboard calls it from request threads,
/// so <see cref="Current"/> must hand out an immutable copy, never live mutable objects.
/// </summary>
public interface IDashboardSource
{
    /// <summary>An immutable, internally consistent picture of the run now.</summary>
    DashboardState Current { get; }

    /// <summary>The newest log lines, oldest first, at most <paramref name="max"/>; secrets already redacted.</summary>
    IReadOnlyList<LogLine> LogTail(int max);

    /// <summary>Cancels an open order through the broker's <c>OrderManager</c> (so the cancel is tracked and journaled like any other).</summary>
    ValueTask<CancelOutcome> CancelOrderAsync(ClientOrderId id, CancellationToken cancellationToken);

    /// <summary>Raised after the state changed (fill, order update, signal, equity, broker health, log line); handlers must return quickly.</summary>
    event EventHandler<DashboardChangedEventArgs>? Changed;
}
