using Sextant.Core.Orders;
using Sextant.Dashboard.Source;
using Sextant.Engine.Observability;

namespace Sextant.Cli.Observability;

/// <summary>
/// The dashboard's view of a running engine: the recorder's state as it is, and cancels that wait for the engine's turn
/// (<see cref="EngineGate"/>) and then go through the broker's order manager, so they are tracked and journaled like any
/// cancel and never run in the middle of a bar. Waiting longer than the recorder's cancel timeout answers TimedOut.
/// </summary>
internal sealed class GatedDashboardSource(DashboardRecorder recorder, EngineGate gate) : IDashboardSource
{
    /// <inheritdoc />
    public DashboardState Current => recorder.Current;

    /// <inheritdoc />
    public event EventHandler<DashboardChangedEventArgs>? Changed
    {
        add => recorder.Changed += value;
        remove => recorder.Changed -= value;
    }

    /// <inheritdoc />
    public IReadOnlyList<LogLine> LogTail(int max) => recorder.LogTail(max);

    /// <inheritdoc />
    public async ValueTask<CancelOutcome> CancelOrderAsync(ClientOrderId id, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(recorder.Options.CancelTimeout);
        try
        {
            // Once it is the cancel's turn it runs to the end: a half-sent cancel would leave the order in doubt.
            return await gate.RunAsync(_ => recorder.CancelOrderAsync(id, CancellationToken.None), waiting.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CancelOutcome.TimedOut;
        }
        catch (ObjectDisposedException)
        {
            return CancelOutcome.NotSupported; // the engine has stopped
        }
    }
}
