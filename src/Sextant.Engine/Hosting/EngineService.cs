using Microsoft.Extensions.Hosting;
using Sextant.Engine.Running;

namespace Sextant.Engine.Hosting;

/// <summary>
/// The engine as a <see cref="BackgroundService"/> of the Generic Host: it starts the venues, restores and reconciles,
/// runs until the host stops (Ctrl-C, SIGTERM) or <c>--for</c> passes, then shuts down gracefully (no new signals, cancel
/// or keep open orders, journal flushed) and stops the host. The summary or the failure is left in <see cref="EngineRun"/>.
/// </summary>
public sealed class EngineService(TradingEngine engine, EngineRun run, IHostApplicationLifetime lifetime, TimeSpan? duration) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            run.Summary = await engine.RunAsync(duration, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopped before the loop began (Ctrl-C during start-up): nothing was traded
        }
#pragma warning disable CA1031 // The failure is handed to the caller, which turns it into a message and an exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            run.Failure = ex;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
